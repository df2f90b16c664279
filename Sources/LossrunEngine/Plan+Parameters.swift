extension Plan {
  /// A copy of the flat parameter vector, laid out by ``layout``.
  public var parameterValues: [S] { Array(parameters) }

  /// Replaces the flat parameter vector; `values` must hold ``ParameterLayout/count`` entries.
  public func setParameters(_ values: [S]) {
    alwaysPrecondition(
      values.count == parameters.count,
      "expected \(parameters.count) parameters, got \(values.count)")
    for (index, value) in values.enumerated() { parameters[index] = value }
  }
}
