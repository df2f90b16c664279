/// One message about a spec: an error that stops the pipeline, or a warning that does not.
///
/// A diagnostic names the file and the exact range it is about. `range` is nil only for problems
/// that have no place in the text, such as a file that cannot be read.
public struct Diagnostic: Hashable, Sendable, Codable {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    /// Orders severities from least to most severe.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A secondary message attached to a diagnostic, optionally at its own place.
  public struct Note: Hashable, Sendable, Codable {
    /// What the note says.
    public var message: String
    /// Where it points, if anywhere.
    public var range: SourceRange?

    /// Creates a note.
    public init(_ message: String, at range: SourceRange? = nil) {
      self.message = message
      self.range = range
    }
  }

  /// A suggested edit: replace the text of `range` with `replacement`.
  public struct FixIt: Hashable, Sendable, Codable {
    /// The text to replace.
    public var range: SourceRange
    /// What to put there.
    public var replacement: String

    /// Creates a fix-it.
    public init(range: SourceRange, replacement: String) {
      self.range = range
      self.replacement = replacement
    }
  }

  /// The stable id of this kind of diagnostic.
  public var id: DiagnosticID
  /// Error, warning or note.
  public var severity: Severity
  /// What is wrong and, where possible, what would be right.
  public var message: String
  /// The path of the file it is about, as the user gave it.
  public var path: String
  /// The exact range it is about.
  public var range: SourceRange?
  /// Further explanations.
  public var notes: [Note]
  /// Suggested edits.
  public var fixIts: [FixIt]

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ id: DiagnosticID, _ message: String,
    path: String, at range: SourceRange?, notes: [Note] = [], fixIts: [FixIt] = []
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.path = path
    self.range = range
    self.notes = notes
    self.fixIts = fixIts
  }

  /// Creates an error.
  public static func error(
    _ id: DiagnosticID, _ message: String, path: String, at range: SourceRange?,
    notes: [Note] = [], fixIts: [FixIt] = []
  ) -> Diagnostic {
    Diagnostic(.error, id, message, path: path, at: range, notes: notes, fixIts: fixIts)
  }

  /// Creates a warning.
  public static func warning(
    _ id: DiagnosticID, _ message: String, path: String, at range: SourceRange?,
    notes: [Note] = [], fixIts: [FixIt] = []
  ) -> Diagnostic {
    Diagnostic(.warning, id, message, path: path, at: range, notes: notes, fixIts: fixIts)
  }
}
