/// A definition with its resolved expression (other definitions inlined).
package struct CheckedDefinition: Hashable, Sendable {
  /// The definition's name.
  package internal(set) var name: String
  /// Its resolved expression.
  package internal(set) var expression: ResolvedExpression

  /// Creates a checked definition.
  init(name: String, expression: ResolvedExpression) {
    self.name = name
    self.expression = expression
  }

  /// Whether the definition reads only inputs and numbers, so it can be evaluated at a point.
  package var isInputOnly: Bool {
    !expression.dependsOnNetwork && expression.parameterIndices.isEmpty
  }
}
