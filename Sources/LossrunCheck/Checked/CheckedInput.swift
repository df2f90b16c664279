import LossrunDiagnostics

/// An input with its evaluated range.
package struct CheckedInput: Hashable, Sendable {
  /// The input's name.
  package internal(set) var name: String
  /// Where the input's name was written.
  package internal(set) var range: SourceRange
  /// The lower bound (finite, below `upper`).
  package internal(set) var lower: Double
  /// The upper bound.
  package internal(set) var upper: Double
  /// Whether this input is time (at most one input is).
  package internal(set) var isTime: Bool
}
