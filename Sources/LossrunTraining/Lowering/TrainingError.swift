import LossrunDiagnostics
import LossrunSpec

/// A problem that stops a run after the spec was checked: the lowered graph is not one the engine
/// accepts, a sampler cannot place its points, a reference file is unusable, or an output file
/// cannot be written.
///
/// The checker catches nearly everything a user can get wrong; these are the rest. The checked
/// spec no longer carries source ranges, so an error names the declaration it is about
/// (``Subject``) and ``diagnostic(path:spec:)`` finds its place in the spec as read.
public struct TrainingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The declaration of the spec an error is about.
  public enum Subject: Hashable, Sendable {
    /// The sampler with this name.
    case sampler(String)
    /// The evaluation's reference file.
    case reference
    /// The weighting rule.
    case weighting
  }

  /// What went wrong, in one sentence.
  public var message: String
  /// The declaration it is about, if any.
  public var subject: Subject?

  /// Creates an error about `subject`.
  public init(_ message: String, about subject: Subject? = nil) {
    self.message = message
    self.subject = subject
  }

  public var description: String { message }

  /// The stable diagnostic id of training problems.
  public static let diagnosticID: DiagnosticID = "training"

  /// The error as a diagnostic of the spec file at `path`, located at its subject's declaration
  /// in `spec` (the spec as read) when there is one.
  public func diagnostic(path: String, spec: Spec? = nil) -> Diagnostic {
    Diagnostic(.error, Self.diagnosticID, message, path: path, at: range(in: spec))
  }

  private func range(in spec: Spec?) -> SourceRange? {
    guard let spec, let subject else { return nil }
    switch subject {
    case .sampler(let name): return spec.samplers.first { $0.name.value == name }?.name.range
    case .reference: return spec.evaluation?.reference?.range
    case .weighting: return spec.weighting?.rule.range
    }
  }
}
