import LossrunDiagnostics

/// A name bound to an expression: a constant (`k: 4*pi`) or a definition
/// (`exact: exp(x) * sin(k*y)`).
public struct NamedExpression: Hashable, Sendable {
  /// The name being defined.
  public var name: Located<String>
  /// Its expression.
  public var expression: Expression

  /// Creates a binding.
  public init(name: Located<String>, expression: Expression) {
    self.name = name
    self.expression = expression
  }
}
