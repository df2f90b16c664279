/// A per-point column built from coordinates, network channels, constants and learnable
/// scalars with elementwise operations; the residual of a loss term is one of these.
///
/// Create leaves through a ``PointSet`` (`coordinate`, `channel`, `vector`, `scalar`,
/// `constant`), then combine them with `+ - * /`, unary minus, ``pow(_:_:)-(PointExpression,Int)``
/// and the elementwise functions (`sin`, `exp`, ...).
public struct PointExpression {
  let graph: ExpressionGraph
  let node: Int

  private func unary(_ f: UnaryFunction) -> PointExpression {
    PointExpression(
      graph: graph, node: graph.append(.unary(f, node), binding: graph.bindings[node]))
  }

  private func binary(_ f: BinaryFunction, _ other: PointExpression) -> PointExpression {
    let binding = graph.combine(graph.bindings[node], other.graph.bindings[other.node])
    return PointExpression(
      graph: graph, node: graph.append(.binary(f, node, other.node), binding: binding))
  }

  private func constant(_ value: Double) -> PointExpression {
    PointExpression(graph: graph, node: graph.append(.constant(value), binding: .unbound))
  }

  /// Applies an elementwise function.
  public func applying(_ f: UnaryFunction) -> PointExpression { unary(f) }

  /// Combines with another column elementwise.
  public func combining(_ f: BinaryFunction, _ other: PointExpression) -> PointExpression {
    binary(f, other)
  }

  /// `self` raised to an integer power.
  public func power(_ exponent: Int) -> PointExpression {
    PointExpression(
      graph: graph, node: graph.append(.integerPower(node, exponent), binding: graph.bindings[node])
    )
  }

  /// `self` raised to a real power (the base should be positive).
  public func power(_ exponent: Double) -> PointExpression {
    PointExpression(
      graph: graph, node: graph.append(.realPower(node, exponent), binding: graph.bindings[node]))
  }

  /// Elementwise sum.
  public static func + (a: PointExpression, b: PointExpression) -> PointExpression {
    a.binary(.add, b)
  }
  /// Elementwise difference.
  public static func - (a: PointExpression, b: PointExpression) -> PointExpression {
    a.binary(.subtract, b)
  }
  /// Elementwise product.
  public static func * (a: PointExpression, b: PointExpression) -> PointExpression {
    a.binary(.multiply, b)
  }
  /// Elementwise quotient.
  public static func / (a: PointExpression, b: PointExpression) -> PointExpression {
    a.binary(.divide, b)
  }
  /// Elementwise negation.
  public static prefix func - (a: PointExpression) -> PointExpression { a.unary(.negate) }

  /// Adds a constant.
  public static func + (a: PointExpression, b: Double) -> PointExpression { a + a.constant(b) }
  /// Subtracts a constant.
  public static func - (a: PointExpression, b: Double) -> PointExpression { a - a.constant(b) }
  /// Scales by a constant.
  public static func * (a: PointExpression, b: Double) -> PointExpression { a * a.constant(b) }
  /// Divides by a constant.
  public static func / (a: PointExpression, b: Double) -> PointExpression { a / a.constant(b) }
  /// Adds to a constant.
  public static func + (a: Double, b: PointExpression) -> PointExpression { b.constant(a) + b }
  /// Subtracts from a constant.
  public static func - (a: Double, b: PointExpression) -> PointExpression { b.constant(a) - b }
  /// Scales by a constant.
  public static func * (a: Double, b: PointExpression) -> PointExpression { b.constant(a) * b }
  /// Divides a constant elementwise.
  public static func / (a: Double, b: PointExpression) -> PointExpression { b.constant(a) / b }
}

/// Elementwise sine.
public func sin(_ e: PointExpression) -> PointExpression { e.applying(.sin) }
/// Elementwise cosine.
public func cos(_ e: PointExpression) -> PointExpression { e.applying(.cos) }
/// Elementwise tangent.
public func tan(_ e: PointExpression) -> PointExpression { e.applying(.tan) }
/// Elementwise exponential.
public func exp(_ e: PointExpression) -> PointExpression { e.applying(.exp) }
/// Elementwise natural logarithm.
public func log(_ e: PointExpression) -> PointExpression { e.applying(.log) }
/// Elementwise square root.
public func sqrt(_ e: PointExpression) -> PointExpression { e.applying(.sqrt) }
/// Elementwise absolute value.
public func abs(_ e: PointExpression) -> PointExpression { e.applying(.abs) }
/// Elementwise hyperbolic tangent.
public func tanh(_ e: PointExpression) -> PointExpression { e.applying(.tanh) }
/// Elementwise hyperbolic sine.
public func sinh(_ e: PointExpression) -> PointExpression { e.applying(.sinh) }
/// Elementwise hyperbolic cosine.
public func cosh(_ e: PointExpression) -> PointExpression { e.applying(.cosh) }
/// Elementwise minimum.
public func min(_ a: PointExpression, _ b: PointExpression) -> PointExpression {
  a.combining(.minimum, b)
}
/// Elementwise maximum.
public func max(_ a: PointExpression, _ b: PointExpression) -> PointExpression {
  a.combining(.maximum, b)
}
/// Elementwise two-argument arc tangent: the angle of (`x`, `y`) in (-π, π], as C's
/// `atan2(y, x)`.
public func atan2(_ y: PointExpression, _ x: PointExpression) -> PointExpression {
  y.combining(.arcTangent, x)
}
/// Elementwise integer power.
public func pow(_ e: PointExpression, _ n: Int) -> PointExpression { e.power(n) }
/// Elementwise real power.
public func pow(_ e: PointExpression, _ p: Double) -> PointExpression { e.power(p) }
