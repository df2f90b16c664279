import LossrunDiagnostics

/// A weighting rule's settings that cannot work, such as a reference term out of range.
public struct WeightingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }

  /// The stable diagnostic id of weighting problems.
  public static let diagnosticID: DiagnosticID = "weighting"

  /// The error as a diagnostic at the weighting declaration.
  public func diagnostic(path: String, at range: SourceRange?) -> Diagnostic {
    Diagnostic(.error, Self.diagnosticID, message, path: path, at: range)
  }
}
