/// A weighting rule's settings that cannot work, such as a reference term out of range.
///
/// The training loop wraps it in a ``TrainingError`` about the weighting declaration.
public struct WeightingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
