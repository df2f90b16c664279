import Foundation
import LossrunDiagnostics

/// Loads a spec file's bytes safely: regular files only, size-limited, strict UTF-8.
enum SpecFileLoader {
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
