/// A problem writing or reading an output file: the path and what went wrong.
public struct ReportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file concerned.
  public var path: String
  /// What went wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, _ message: String) {
    self.path = path
    self.message = message
  }

  /// The value as text, as messages show it.
  public var description: String { "\(path): \(message)" }
}
