/// A definition with its resolved expression (other definitions inlined).
public struct CheckedDefinition: Hashable, Sendable {
  /// The definition's name.
  public internal(set) var name: String
  /// Its resolved expression.
  public internal(set) var expression: ResolvedExpression

  /// Creates a checked definition.
  init(name: String, expression: ResolvedExpression) {
    self.name = name
    self.expression = expression
  }

  /// Whether the definition reads only inputs and numbers, so it can be evaluated at a point.
  public var isInputOnly: Bool {
    !expression.dependsOnNetwork && expression.parameterIndices.isEmpty
  }
}
