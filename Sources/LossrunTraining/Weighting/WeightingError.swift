/// A weighting rule's settings that cannot work, such as a reference term out of range.
///
/// The training loop wraps it in a ``TrainingError`` about the weighting declaration.
package struct WeightingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  package var message: String

  /// Creates an error.
  package init(_ message: String) { self.message = message }

  package var description: String { message }
}
