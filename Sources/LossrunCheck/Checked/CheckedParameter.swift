import LossrunDiagnostics

/// A scalar parameter; `ResolvedExpression.parameter(index)` refers to it.
public struct CheckedParameter: Hashable, Sendable {
  /// The parameter's name.
  public internal(set) var name: String
  /// Where the parameter's name was written.
  public internal(set) var range: SourceRange
  /// Its index in `CheckedSpec.parameters`.
  public internal(set) var index: Int
  /// Its initial value (finite).
  public internal(set) var initial: Double
  /// Whether training updates it.
  public internal(set) var learnable: Bool
}
