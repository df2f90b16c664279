import LossrunCheck

/// One value `lossrun predict` evaluates at every point besides the network's outputs: an
/// expression a `--with` item was resolved to (a derivative, a definition, any expression) or a
/// component of a term's residual, with the name of its column.
package struct PredictedQuantity: Sendable {
  /// The column's name.
  package var name: String
  /// What to evaluate, resolved against the spec.
  package var expression: ResolvedExpression

  /// Creates a quantity.
  package init(name: String, expression: ResolvedExpression) {
    self.name = name
    self.expression = expression
  }
}
