import Foundation

/// The package's `Sources/` read as code: each target's Swift files with comments removed and
/// string literals emptied, and what they declare and import, for the architecture rules.
struct SourceTree {
  /// One Swift file of a target.
  struct File {
    /// The path inside its target's directory.
    var path: String
    /// The file's code: comments removed, string literals emptied (`""`), line breaks kept.
    var code: String
  }

  /// The package's `Sources` directory, found from this file's path.
  static let sourcesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")

  /// Target name → its Swift files.
  let files: [String: [File]]

  /// Reads every `Sources/<Target>/**/*.swift`.
  init() throws {
    let manager = FileManager.default
    var files: [String: [File]] = [:]
    for target in try manager.contentsOfDirectory(atPath: Self.sourcesDirectory.path) {
      let directory = Self.sourcesDirectory.appendingPathComponent(target)
      guard let walker = manager.enumerator(atPath: directory.path) else { continue }
      var targetFiles: [File] = []
      for case let path as String in walker where path.hasSuffix(".swift") {
        let text = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
        targetFiles.append(File(path: path, code: Self.code(of: text)))
      }
      files[target] = targetFiles.sorted { $0.path < $1.path }
    }
    self.files = files
  }

  /// The library targets (`Lossrun*`; not the executables).
  var libraryTargets: [String] { files.keys.filter { $0.hasPrefix("Lossrun") }.sorted() }

  /// A top-level type declaration and its name.
  static let declaration = try! NSRegularExpression(
    pattern:
      #"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|open|final|indirect)\s+)*(?:struct|class|enum|protocol|actor|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)"#,
    options: [.anchorsMatchLines])

  /// An import declaration and the module it imports.
  static let importDeclaration = try! NSRegularExpression(
    pattern:
      #"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?([A-Za-z_][A-Za-z0-9_]*)"#,
    options: [.anchorsMatchLines])

  /// The top-level type names declared in `code` (those starting in column 0, after optional
  /// attributes and modifiers).
  static func declaredTypeNames(in code: String) -> [String] {
    captures(of: declaration, in: code)
  }

  /// The modules `code` imports, in order.
  static func importedModules(in code: String) -> [String] {
    captures(of: importDeclaration, in: code)
  }

  /// Capture group `group` (0: the whole match) of every match of `expression` in `text`.
  static func captures(of expression: NSRegularExpression, in text: String, group: Int = 1)
    -> [String]
  {
    expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: group), in: text).map { String(text[$0]) }
    }
  }

  /// `text` without its comments (`//…`, nested `/* … */`) and with every string literal
  /// (`"…"`, `"""…"""`, raw `#"…"#`) emptied to `""`; line breaks are kept, so line numbers
  /// stay. Interpolations are emptied with their literal.
  static func code(of text: String) -> String {
    let characters = Array(text)
    var output = ""
    var index = 0
    func starts(with prefix: String, at position: Int) -> Bool {
      let prefix = Array(prefix)
      return position + prefix.count <= characters.count
        && Array(characters[position..<position + prefix.count]) == prefix
    }
    while index < characters.count {
      let character = characters[index]
      if starts(with: "//", at: index) {
        while index < characters.count, characters[index] != "\n" { index += 1 }
      } else if starts(with: "/*", at: index) {
        var depth = 0
        repeat {
          if starts(with: "/*", at: index) {
            depth += 1
            index += 2
          } else if starts(with: "*/", at: index) {
            depth -= 1
            index += 2
          } else {
            if characters[index] == "\n" { output.append("\n") }
            index += 1
          }
        } while depth > 0 && index < characters.count
      } else if character == "\"" || (character == "#" && starts(with: "#\"", at: index)) {
        var hashes = 0
        while index < characters.count, characters[index] == "#" {
          hashes += 1
          index += 1
        }
        let delimiter = starts(with: "\"\"\"", at: index) ? "\"\"\"" : "\""
        let closing = delimiter + String(repeating: "#", count: hashes)
        index += delimiter.count
        while index < characters.count, !starts(with: closing, at: index) {
          if hashes == 0, characters[index] == "\\" { index += 1 }
          if index < characters.count, characters[index] == "\n" { output.append("\n") }
          index += 1
        }
        index += closing.count
        output.append("\"\"")
      } else {
        output.append(character)
        index += 1
      }
    }
    return output
  }
}
