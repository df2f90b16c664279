import LossrunJSON

/// Renders diagnostics for people (compiler style, with the source line and a caret) and for
/// tools (one JSON object per line).
///
/// Text form:
///
///     specs/bad.yaml:12:17: error: unknown sampler 'interor'; did you mean 'interior'? [unknown-name]
///       residual: { on: interor, residual: "-lap(u) - f" }
///                       ^~~~~~~
public struct DiagnosticRenderer: Sendable {
  /// The files the diagnostics point into, by path; a diagnostic whose file is missing here is
  /// printed without its source line.
  public var sources: [String: SourceFile]

  /// Creates a renderer that quotes source lines from `sources`.
  public init(sources: [SourceFile] = []) {
    var byPath: [String: SourceFile] = [:]
    for source in sources { byPath[source.path] = source }
    self.sources = byPath
  }

  /// The text form of one diagnostic, ending with a newline.
  public func text(_ diagnostic: Diagnostic) -> String {
    var out = header(
      path: diagnostic.path, range: diagnostic.range, severity: diagnostic.severity.rawValue,
      message: "\(diagnostic.message) [\(diagnostic.id)]")
    out += excerpt(path: diagnostic.path, range: diagnostic.range)
    for fixIt in diagnostic.fixIts {
      out += header(
        path: diagnostic.path, range: fixIt.range, severity: "note",
        message: "replace with '\(fixIt.replacement)'")
    }
    for note in diagnostic.notes {
      out += header(
        path: diagnostic.path, range: note.range, severity: "note", message: note.message)
      out += excerpt(path: diagnostic.path, range: note.range)
    }
    return out
  }

  /// The text form of several diagnostics, one after another.
  public func text(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(text).joined()
  }

  /// The line that closes a report, such as `2 errors and 1 warning generated.`, or an empty
  /// string when there is nothing to count.
  public static func summary(of diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.count { $0.severity == .error }
    let warnings = diagnostics.count { $0.severity == .warning }
    func plural(_ count: Int, _ word: String) -> String {
      "\(count) \(word)\(count == 1 ? "" : "s")"
    }
    switch (errors, warnings) {
    case (0, 0): return ""
    case (_, 0): return plural(errors, "error") + " generated.\n"
    case (0, _): return plural(warnings, "warning") + " generated.\n"
    default:
      return plural(errors, "error") + " and " + plural(warnings, "warning") + " generated.\n"
    }
  }

  /// The JSON form of one diagnostic: a single line holding one object, ending with a newline.
  ///
  /// Keys: `id`, `severity`, `message`, `path`, `line`, `column`, `endLine`, `endColumn` (the
  /// four positions are null without a range), `notes` (objects with `message`, `line`,
  /// `column`) and `fixIts` (objects with `line`, `column`, `endLine`, `endColumn`,
  /// `replacement`).
  public func json(_ diagnostic: Diagnostic) -> String {
    let notes = diagnostic.notes.map { note in
      JSONValue.object(
        [("message", .string(note.message))] + Self.positionMembers(note.range).prefix(2))
    }
    let fixIts = diagnostic.fixIts.map { fixIt in
      JSONValue.object(
        Self.positionMembers(fixIt.range) + [("replacement", .string(fixIt.replacement))])
    }
    let members: [(String, JSONValue)] =
      [
        ("id", .string(diagnostic.id.rawValue)),
        ("severity", .string(diagnostic.severity.rawValue)),
        ("message", .string(diagnostic.message)),
        ("path", .string(diagnostic.path)),
      ] + Self.positionMembers(diagnostic.range) + [
        ("notes", .array(notes)), ("fixIts", .array(fixIts)),
      ]
    return JSONValue.object(members).text() + "\n"
  }

  private static func positionMembers(_ range: SourceRange?) -> [(String, JSONValue)] {
    [
      ("line", .integer(range?.start.line)), ("column", .integer(range?.start.column)),
      ("endLine", .integer(range?.end.line)), ("endColumn", .integer(range?.end.column)),
    ]
  }

  private func header(path: String, range: SourceRange?, severity: String, message: String)
    -> String
  {
    if let range {
      return "\(path):\(range.start.line):\(range.start.column): \(severity): \(message)\n"
    }
    return "\(path): \(severity): \(message)\n"
  }

  /// The quoted source line and a caret line under `range`, or nothing without both.
  private func excerpt(path: String, range: SourceRange?) -> String {
    guard let range, let source = sources[path], let line = source.line(range.start.line) else {
      return ""
    }
    let scalars = Array(line.unicodeScalars)
    // Very long lines are cut around the caret so a 10 MB line prints a readable excerpt.
    let window = 160
    let caretIndex = max(0, min(range.start.column - 1, scalars.count))
    let lower = caretIndex > window / 2 ? caretIndex - window / 2 : 0
    let upper = min(scalars.count, lower + window)
    let prefix = lower > 0 ? "..." : ""
    let suffix = upper < scalars.count ? "..." : ""
    var shown = String.UnicodeScalarView()
    shown.append(contentsOf: scalars[lower..<upper])
    var caret = String(repeating: " ", count: prefix.count)
    for scalar in scalars[lower..<caretIndex] {
      caret.append(scalar == "\t" ? "\t" : " ")
    }
    let endColumn = range.end.line == range.start.line ? range.end.column : scalars.count + 1
    let width = max(1, min(endColumn, upper + 1) - 1 - caretIndex)
    caret += "^" + String(repeating: "~", count: width - 1)
    return prefix + String(shown) + suffix + "\n" + caret + "\n"
  }
}
