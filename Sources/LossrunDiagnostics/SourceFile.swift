/// The text of one spec file with a table of its lines, for rendering diagnostics.
///
/// Lines are split on `\n`, `\r\n` and `\r`; the terminators are not part of a line.
public struct SourceFile: Sendable {
  /// The path as the user gave it; diagnostics print it unchanged.
  public let path: String
  /// The whole text.
  public let text: String
  /// Every line, without terminators. A file always has at least one (possibly empty) line.
  public let lines: [Substring]

  /// Creates a source file from its path and text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
    var lines: [Substring] = []
    var lineStart = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "\n" || character == "\r" || character == "\r\n" {
        lines.append(text[lineStart..<index])
        index = text.index(after: index)
        lineStart = index
      } else {
        index = text.index(after: index)
      }
    }
    lines.append(text[lineStart..<text.endIndex])
    self.lines = lines
  }

  /// The text of a 1-based line, or nil when the file has no such line.
  public func line(_ number: Int) -> Substring? {
    guard number >= 1, number <= lines.count else { return nil }
    return lines[number - 1]
  }

  /// The location just past the last character of the file.
  public var endLocation: SourceLocation {
    SourceLocation(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
  }
}
