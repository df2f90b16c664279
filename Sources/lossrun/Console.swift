import Foundation

/// Writing to standard output and standard error.
enum Console {
  /// Writes `text` to standard output, adding a newline if it lacks one.
  static func output(_ text: String) {
    write(text, to: FileHandle.standardOutput)
  }

  /// Writes `text` to standard error, adding a newline if it lacks one.
  static func error(_ text: String) {
    write(text, to: FileHandle.standardError)
  }

  /// Writes `text` to standard error as it is (no newline added: a live line redraws itself).
  static func rawError(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardError.write(Data(text.utf8))
  }

  private static func write(_ text: String, to handle: FileHandle) {
    guard !text.isEmpty else { return }
    let line = text.hasSuffix("\n") ? text : text + "\n"
    handle.write(Data(line.utf8))
  }
}
