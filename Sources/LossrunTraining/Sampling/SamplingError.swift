/// A problem building a geometry or point set, or drawing points from a region.
///
/// Errors carry a message only; the run wraps them in a ``TrainingError`` that names the sampler,
/// which the command line locates at its declaration.
package struct SamplingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, as a sentence fragment suitable for a diagnostic.
  package var message: String

  /// Creates an error with a message.
  package init(_ message: String) { self.message = message }

  package var description: String { message }
}
