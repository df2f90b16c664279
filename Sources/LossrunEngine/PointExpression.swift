/// A per-point column built from coordinates, network channels, constants and learnable
/// scalars with elementwise operations; the residual of a loss term is one of these.
///
/// Create leaves through a ``PointSet`` (`coordinate`, `channel`, `vector`, `scalar`,
/// `constant`), then combine them with `+ - * /`, unary minus, ``pow(_:_:)-(Expression,Int)``
/// and the elementwise functions (`sin`, `exp`, ...).
public struct Expression {
  let graph: ExpressionGraph
  let node: Int

  init(graph: ExpressionGraph, node: Int) {
    self.graph = graph
    self.node = node
  }

  private func unary(_ f: UnaryFunction) -> Expression {
    Expression(
      graph: graph, node: graph.append(.unary(f, node), binding: graph.bindings[node]))
  }

  private func binary(_ f: BinaryFunction, _ other: Expression) -> Expression {
    let binding = graph.combine(graph.bindings[node], other.graph.bindings[other.node])
    return Expression(graph: graph, node: graph.append(.binary(f, node, other.node), binding: binding))
  }

  private func constant(_ value: Double) -> Expression {
    Expression(graph: graph, node: graph.append(.constant(value), binding: .unbound))
  }

  /// Applies an elementwise function.
  public func applying(_ f: UnaryFunction) -> Expression { unary(f) }

  /// Combines with another column elementwise.
  public func combining(_ f: BinaryFunction, _ other: Expression) -> Expression {
    binary(f, other)
  }

  /// `self` raised to an integer power.
  public func power(_ exponent: Int) -> Expression {
    Expression(
      graph: graph, node: graph.append(.integerPower(node, exponent), binding: graph.bindings[node]))
  }

  /// `self` raised to a real power (the base should be positive).
  public func power(_ exponent: Double) -> Expression {
    Expression(
      graph: graph, node: graph.append(.realPower(node, exponent), binding: graph.bindings[node]))
  }

  public static func + (a: Expression, b: Expression) -> Expression { a.binary(.add, b) }
  public static func - (a: Expression, b: Expression) -> Expression { a.binary(.subtract, b) }
  public static func * (a: Expression, b: Expression) -> Expression { a.binary(.multiply, b) }
  public static func / (a: Expression, b: Expression) -> Expression { a.binary(.divide, b) }
  public static prefix func - (a: Expression) -> Expression { a.unary(.negate) }

  public static func + (a: Expression, b: Double) -> Expression { a + a.constant(b) }
  public static func - (a: Expression, b: Double) -> Expression { a - a.constant(b) }
  public static func * (a: Expression, b: Double) -> Expression { a * a.constant(b) }
  public static func / (a: Expression, b: Double) -> Expression { a / a.constant(b) }
  public static func + (a: Double, b: Expression) -> Expression { b.constant(a) + b }
  public static func - (a: Double, b: Expression) -> Expression { b.constant(a) - b }
  public static func * (a: Double, b: Expression) -> Expression { b.constant(a) * b }
  public static func / (a: Double, b: Expression) -> Expression { b.constant(a) / b }
}

/// Elementwise sine.
public func sin(_ e: Expression) -> Expression { e.applying(.sin) }
/// Elementwise cosine.
public func cos(_ e: Expression) -> Expression { e.applying(.cos) }
/// Elementwise tangent.
public func tan(_ e: Expression) -> Expression { e.applying(.tan) }
/// Elementwise exponential.
public func exp(_ e: Expression) -> Expression { e.applying(.exp) }
/// Elementwise natural logarithm.
public func log(_ e: Expression) -> Expression { e.applying(.log) }
/// Elementwise square root.
public func sqrt(_ e: Expression) -> Expression { e.applying(.sqrt) }
/// Elementwise absolute value.
public func abs(_ e: Expression) -> Expression { e.applying(.abs) }
/// Elementwise hyperbolic tangent.
public func tanh(_ e: Expression) -> Expression { e.applying(.tanh) }
/// Elementwise hyperbolic sine.
public func sinh(_ e: Expression) -> Expression { e.applying(.sinh) }
/// Elementwise hyperbolic cosine.
public func cosh(_ e: Expression) -> Expression { e.applying(.cosh) }
/// Elementwise minimum.
public func min(_ a: Expression, _ b: Expression) -> Expression { a.combining(.minimum, b) }
/// Elementwise maximum.
public func max(_ a: Expression, _ b: Expression) -> Expression { a.combining(.maximum, b) }
/// Elementwise integer power.
public func pow(_ e: Expression, _ n: Int) -> Expression { e.power(n) }
/// Elementwise real power.
public func pow(_ e: Expression, _ p: Double) -> Expression { e.power(p) }
