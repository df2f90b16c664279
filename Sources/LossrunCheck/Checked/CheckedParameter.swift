import LossrunDiagnostics

/// A scalar parameter; `ResolvedExpression.parameter(index)` refers to it.
package struct CheckedParameter: Hashable, Sendable {
  /// The parameter's name.
  package internal(set) var name: String
  /// Where the parameter's name was written.
  package internal(set) var range: SourceRange
  /// Its index in `CheckedSpec.parameters`.
  package internal(set) var index: Int
  /// Its initial value (finite).
  package internal(set) var initial: Double
  /// Whether training updates it.
  package internal(set) var learnable: Bool
}
