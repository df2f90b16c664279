/// One tick mark of an ``Axis``.
public struct AxisTick: Hashable, Sendable {
  /// The value the tick marks.
  public let value: Double
  /// The label drawn next to it; empty for an unlabelled minor tick.
  public let label: String
  /// Whether it is a major tick (drawn longer, with a grid line).
  public let isMajor: Bool

  /// Creates a tick.
  public init(value: Double, label: String, isMajor: Bool) {
    self.value = value
    self.label = label
    self.isMajor = isMajor
  }
}
