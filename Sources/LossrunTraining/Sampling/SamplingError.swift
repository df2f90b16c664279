import LossrunDiagnostics

/// A problem building a geometry or point set, or drawing points from a region.
///
/// The training target does not know where in the spec a sampler was declared, so errors carry a
/// message only; ``diagnostic(path:at:)`` attaches the sampler's location when wiring.
public struct SamplingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, as a sentence fragment suitable for a diagnostic.
  public var message: String

  /// Creates an error with a message.
  public init(_ message: String) { self.message = message }

  public var description: String { message }

  /// The stable diagnostic id of sampling problems.
  public static let diagnosticID: DiagnosticID = "sampling"

  /// The error as a diagnostic at the sampler's declaration.
  public func diagnostic(path: String, at range: SourceRange?) -> Diagnostic {
    Diagnostic(.error, Self.diagnosticID, message, path: path, at: range)
  }
}
