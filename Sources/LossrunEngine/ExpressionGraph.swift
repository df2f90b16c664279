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
