import LossrunDiagnostics

/// An input with its evaluated range.
public struct CheckedInput: Hashable, Sendable {
  /// The input's name.
  public internal(set) var name: String
  /// Where the input's name was written.
  public internal(set) var range: SourceRange
  /// The lower bound (finite, below `upper`).
  public internal(set) var lower: Double
  /// The upper bound.
  public internal(set) var upper: Double
  /// Whether this input is time (at most one input is).
  public internal(set) var isTime: Bool
}
