/// An input with its evaluated range.
public struct CheckedInput: Hashable, Sendable {
  /// The input's name.
  public var name: String
  /// The lower bound (finite, below `upper`).
  public var lower: Double
  /// The upper bound.
  public var upper: Double
  /// Whether this input is time (at most one input is).
  public var isTime: Bool

  /// Creates a checked input.
  public init(name: String, lower: Double, upper: Double, isTime: Bool) {
    self.name = name
    self.lower = lower
    self.upper = upper
    self.isTime = isTime
  }
}
