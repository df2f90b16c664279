/// A position in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, as libyaml's marks do, so a position reported by the YAML
/// parser and one computed by lossrun's own lexers agree on non-ASCII lines.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  /// Creates a location from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Returns this location moved `count` columns to the right on the same line.
  public func advanced(by count: Int) -> SourceLocation {
    SourceLocation(line: line, column: column + count)
  }

  /// Orders locations by their position in the file.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// The value as text, as messages show it.
  public var description: String { "\(line):\(column)" }
}
