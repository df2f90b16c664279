/// A scalar parameter; `ResolvedExpression.parameter(index)` refers to it.
public struct CheckedParameter: Hashable, Sendable {
  /// The parameter's name.
  public var name: String
  /// Its index in `CheckedSpec.parameters`.
  public var index: Int
  /// Its initial value (finite).
  public var initial: Double
  /// Whether training updates it.
  public var learnable: Bool

  /// Creates a checked parameter.
  public init(name: String, index: Int, initial: Double, learnable: Bool) {
    self.name = name
    self.index = index
    self.initial = initial
    self.learnable = learnable
  }
}
