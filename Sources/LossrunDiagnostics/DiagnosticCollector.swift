/// Collects the diagnostics of one file as the stages of the front end find them.
///
/// A stage that finds a problem reports it and goes on, so one run shows every mistake it can.
/// The collector is a value: stages take it `inout`.
public struct DiagnosticCollector: Sendable {
  /// The path every diagnostic collected here is about.
  public let path: String
  /// Everything reported so far, in the order it was reported.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Creates an empty collector for the file at `path`.
  public init(path: String) { self.path = path }

  /// Whether any error has been reported.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The number of errors reported.
  public var errorCount: Int { diagnostics.count { $0.severity == .error } }

  /// Reports an error at `range`.
  public mutating func error(
    _ id: DiagnosticID, _ message: String, at range: SourceRange?,
    notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
  ) {
    diagnostics.append(
      .error(id, message, path: path, at: range, notes: notes, fixIts: fixIts))
  }

  /// Reports a warning at `range`.
  public mutating func warning(
    _ id: DiagnosticID, _ message: String, at range: SourceRange?,
    notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
  ) {
    diagnostics.append(
      .warning(id, message, path: path, at: range, notes: notes, fixIts: fixIts))
  }

  /// Appends diagnostics found elsewhere.
  public mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }

  /// The diagnostics ordered by position (those without a position first), stable otherwise.
  public var sorted: [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
      let left = lhs.element.range?.start ?? SourceLocation(line: 0, column: 0)
      let right = rhs.element.range?.start ?? SourceLocation(line: 0, column: 0)
      return left == right ? lhs.offset < rhs.offset : left < right
    }.map(\.element)
  }
}
