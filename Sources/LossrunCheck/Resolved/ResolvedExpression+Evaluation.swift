extension ResolvedExpression {
  /// The value at a point, for expressions that do not read the network.
  ///
  /// `inputs` holds one value per spec input (in `CheckedSpec.inputs` order) and `parameters`
  /// one per parameter (needed only if the expression reads parameters). Returns nil when the
  /// expression reads the network or a data column, or an index is out of range; IEEE rules apply otherwise
  /// (`log(-1)` is NaN, `1/0` is infinity). Samplers (predicates), evaluation (exact solutions)
  /// and data terms use this.
  package func value(inputs: [Double], parameters: [Double] = []) -> Double? {
    switch self {
    case .number(let number): return number
    case .input(let index):
      return inputs.indices.contains(index) ? inputs[index] : nil
    case .parameter(let index):
      return parameters.indices.contains(index) ? parameters[index] : nil
    case .network, .laplacian, .normalDerivative, .data, .evaluated: return nil
    case .negate(let operand):
      return operand.value(inputs: inputs, parameters: parameters).map { -$0 }
    case .function(let function, let operand):
      return operand.value(inputs: inputs, parameters: parameters).map(function.apply)
    case .binary(let operation, let left, let right):
      guard let lhs = left.value(inputs: inputs, parameters: parameters),
        let rhs = right.value(inputs: inputs, parameters: parameters)
      else { return nil }
      return operation.apply(lhs, rhs)
    }
  }
}
