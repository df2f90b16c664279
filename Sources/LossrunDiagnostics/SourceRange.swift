/// A half-open range of a source file, from `start` up to but not including `end`.
///
/// Every node of the spec model carries one, so every diagnostic can point at the exact value or
/// token that caused it. A range whose end is not after its start marks a single position.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The first position covered.
  public var start: SourceLocation
  /// The first position after the range.
  public var end: SourceLocation

  /// Creates a range from `start` up to, not including, `end`.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = max(start, end)
  }

  /// Creates a range of `length` columns starting at `start` on one line.
  public init(start: SourceLocation, length: Int) {
    self.init(start: start, end: start.advanced(by: max(0, length)))
  }

  /// A range that only marks one position.
  public static func point(_ location: SourceLocation) -> SourceRange {
    SourceRange(start: location, end: location)
  }

  /// Creates a range for columns `columns` (1-based, half-open) of `line`.
  public init(line: Int, columns: Range<Int>) {
    self.init(
      start: SourceLocation(line: line, column: columns.lowerBound),
      end: SourceLocation(line: line, column: columns.upperBound))
  }

  /// The smallest range covering both `self` and `other`.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }

  /// The value as text, as messages show it.
  public var description: String { "\(start)-\(end)" }
}
