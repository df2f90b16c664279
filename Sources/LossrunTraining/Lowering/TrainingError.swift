import LossrunDiagnostics

/// A problem that stops a run after the spec was checked: the lowered graph is not one the engine
/// accepts, a sampler cannot place its points, a reference file is unusable, or an output file
/// cannot be written.
///
/// The checker catches nearly everything a user can get wrong; these are the rest. An error
/// about a declaration carries that declaration's range from the checked spec (such as
/// `CheckedSampler.range` or `CheckedEvaluation.Reference.range`), so ``diagnostic(path:)``
/// points at it without reading the spec again.
public struct TrainingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, in one sentence.
  public var message: String
  /// Where in the spec file the declaration it is about was written, if it is about one.
  public var range: SourceRange?

  /// Creates an error about the declaration written at `range`.
  package init(_ message: String, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }

  /// The value as text, as messages show it.
  public var description: String { message }

  /// The stable diagnostic id of training problems.
  public static let diagnosticID: DiagnosticID = "training"

  /// The error as a diagnostic of the spec file at `path`, at its declaration when it has one.
  public func diagnostic(path: String) -> Diagnostic {
    Diagnostic(.error, Self.diagnosticID, message, path: path, at: range)
  }
}
