import LossrunDiagnostics

/// A problem that stops a run after the spec was checked: the lowered graph is not one the engine
/// accepts, a sampler cannot place its points, a reference file is unusable, or an output file
/// cannot be written.
///
/// The checker catches nearly everything a user can get wrong; these are the rest, reported as
/// diagnostics at the spec file (the checked spec no longer carries source ranges).
public struct TrainingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, in one sentence.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }

  /// The stable diagnostic id of training problems.
  public static let diagnosticID: DiagnosticID = "training"

  /// The error as a diagnostic of the spec at `path`.
  public func diagnostic(path: String) -> Diagnostic {
    Diagnostic(.error, Self.diagnosticID, message, path: path, at: nil)
  }
}
