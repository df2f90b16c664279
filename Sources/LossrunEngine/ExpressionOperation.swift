/// One node of the per-point expression graph. Operands are indices of earlier nodes, so node
/// order is a topological order.
enum ExpressionOperation: Equatable {
  case constant(Double)
  case coordinate(Int)
  case vectorComponent(field: Int, component: Int)
  /// A channel at the points (`image` 0) or at their images under map `image - 1`.
  case channel(NetworkChannel, image: Int)
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
