extension ResolvedExpression {
  /// The expression at the image of the point under `map`: inputs replaced by their mapped
  /// values, network leaves read at the image (composed with a map they are already read at).
  func substituting(_ map: PointMap) -> ResolvedExpression {
    switch self {
    case .number, .parameter, .data: return self
    case .input(let index):
      let (coefficients, constant) = map.row(index)
      var sum: ResolvedExpression? = constant == 0 ? nil : .number(constant)
      for (j, c) in coefficients.enumerated() where c != 0 {
        let term: ResolvedExpression =
          c == 1 ? .input(j) : .binary(.multiply, .number(c), .input(j))
        sum = sum.map { .binary(.add, $0, term) } ?? term
      }
      return sum ?? .number(0)
    case .network, .laplacian, .normalDerivative:
      return .evaluated(self, at: map)
    case .evaluated(let leaf, let inner):
      let composed = inner.after(map)
      return composed.isIdentity ? leaf : .evaluated(leaf, at: composed)
    case .negate(let operand): return .negate(operand.substituting(map))
    case .function(let function, let operand):
      return .function(function, operand.substituting(map))
    case .binary(let operation, let left, let right):
      return .binary(operation, left.substituting(map), right.substituting(map))
    }
  }
}
