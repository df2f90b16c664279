import Foundation
import LossrunDiagnostics

/// Loads a spec file's text safely for both front ends: regular files only, size-limited,
/// strict UTF-8; and the limits both front ends share.
enum SpecFileLoader {
  /// The largest spec accepted, in bytes (8 MB), read from a file or given as text.
  static let maximumFileSize = 8 * 1024 * 1024
  /// The number of errors after which a front end stops reading, so a huge broken file costs
  /// bounded time and memory (the text parser counts lexical errors too).
  static let maximumErrors = 100

  /// The text of the file at `path`, or nil after an `unreadable-file` diagnostic.
  static func readText(path: String, into diagnostics: inout DiagnosticCollector) -> String? {
    guard let data = load(path: path, limit: maximumFileSize, into: &diagnostics) else {
      return nil
    }
    return decodeUTF8(data, into: &diagnostics)
  }

  /// Whether `text` is within `maximumFileSize`; reports an `unreadable-file` error if not.
  static func checkSize(of text: String, into diagnostics: inout DiagnosticCollector) -> Bool {
    guard text.utf8.count > maximumFileSize else { return true }
    diagnostics.error(
      .unreadableFile, "the spec is larger than \(maximumFileSize / 1024 / 1024) MB", at: nil)
    return false
  }

  /// The file's bytes, or nil after an `unreadable-file` diagnostic.
  static func load(path: String, limit: Int, into diagnostics: inout DiagnosticCollector) -> Data? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      diagnostics.error(.unreadableFile, "no such file: '\(path)'", at: nil)
      return nil
    }
    guard !isDirectory.boolValue else {
      diagnostics.error(.unreadableFile, "'\(path)' is a directory, not a spec file", at: nil)
      return nil
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard (attributes?[.type] as? FileAttributeType) == .typeRegular else {
      diagnostics.error(.unreadableFile, "'\(path)' is not a regular file", at: nil)
      return nil
    }
    if let size = attributes?[.size] as? Int, size > limit {
      diagnostics.error(
        .unreadableFile,
        "'\(path)' is \(size) bytes; spec files are limited to \(limit / 1024 / 1024) MB",
        at: nil)
      return nil
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      diagnostics.error(.unreadableFile, "cannot open '\(path)' for reading", at: nil)
      return nil
    }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: limit + 1) else {
      if (attributes?[.size] as? Int) == 0 { return Data() }
      diagnostics.error(.unreadableFile, "cannot read '\(path)'", at: nil)
      return nil
    }
    guard data.count <= limit else {
      diagnostics.error(
        .unreadableFile, "'\(path)' is larger than \(limit / 1024 / 1024) MB", at: nil)
      return nil
    }
    return data
  }

  /// The text of `data`, or nil after an `unreadable-file` diagnostic at the first byte that is
  /// not valid UTF-8.
  static func decodeUTF8(_ data: Data, into diagnostics: inout DiagnosticCollector) -> String? {
    if let text = String(data: data, encoding: .utf8) { return text }
    var iterator = data.makeIterator()
    var decoder = UTF8()
    var line = 1
    var column = 1
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        break decoding
      case .error:
        diagnostics.error(
          .unreadableFile, "the file is not valid UTF-8 text (first bad byte here)",
          at: .point(SourceLocation(line: line, column: column)))
        return nil
      }
    }
    diagnostics.error(.unreadableFile, "the file is not valid UTF-8 text", at: nil)
    return nil
  }
}
