/// Elementwise functions of one per-point column.
public enum UnaryFunction: String, CaseIterable, Sendable {
  case negate, sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh
}

/// Elementwise functions of two per-point columns.
public enum BinaryFunction: String, CaseIterable, Sendable {
  case add, subtract, multiply, divide, minimum, maximum
}

/// One node of the per-point expression graph. Operands are indices of earlier nodes, so node
/// order is a topological order.
enum ExpressionOperation: Equatable {
  case constant(Double)
  case coordinate(Int)
  case vectorComponent(field: Int, component: Int)
  case channel(NetworkChannel)
  case scalar(Int)
  case unary(UnaryFunction, Int)
  case binary(BinaryFunction, Int, Int)
  case integerPower(Int, Int)
  case realPower(Int, Double)

  var operands: [Int] {
    switch self {
    case .constant, .coordinate, .vectorComponent, .channel, .scalar: return []
    case .unary(_, let a), .integerPower(let a, _), .realPower(let a, _): return [a]
    case .binary(_, let a, let b): return [a, b]
    }
  }
}

/// The storage behind ``PointExpression`` values: a growing list of nodes, each tagged with the point
/// set whose columns it reads (`nil` for constants and scalars, which broadcast).
final class ExpressionGraph {
  /// A node's point set: unbound (broadcasts), one set, or a mix of two sets (an error).
  enum Binding: Equatable {
    case unbound
    case set(Int)
    case mixed
  }

  private(set) var operations: [ExpressionOperation] = []
  private(set) var bindings: [Binding] = []

  func append(_ operation: ExpressionOperation, binding: Binding) -> Int {
    operations.append(operation)
    bindings.append(binding)
    return operations.count - 1
  }

  func combine(_ a: Binding, _ b: Binding) -> Binding {
    switch (a, b) {
    case (.unbound, let other), (let other, .unbound): return other
    case (.set(let x), .set(let y)): return x == y ? a : .mixed
    default: return .mixed
    }
  }
}
