import Foundation
import LossrunDiagnostics

/// The items of `lossrun predict --with`, split at the commas outside parentheses and brackets
/// (`u_x,lap(u),max(u, 0)` is three items), each with its place in the flag's text so that the
/// diagnostics of an item point into it.
struct RequestedValues {
  /// One item, trimmed.
  struct Item: Equatable {
    /// The item's text.
    var text: String
    /// Where it starts in the flag's text (line 1).
    var start: SourceLocation

    /// The item's range in the flag's text.
    var range: SourceRange { SourceRange(start: start, length: text.unicodeScalars.count) }
  }

  /// The name diagnostics about the flag's text carry as their path.
  static let sourcePath = "--with"

  /// The flag's text, for quoting in diagnostics.
  let source: SourceFile
  /// The items, in order; empty items (`u_x,,u_y`) are left out.
  let items: [Item]

  /// Splits `text`.
  init(_ text: String) {
    source = SourceFile(path: Self.sourcePath, text: text)
    var items: [Item] = []
    var depth = 0
    var current = ""
    var currentStart = 1
    var column = 1
    func flush() {
      let leading = current.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
      let trimmed = current.trimmingCharacters(in: .whitespaces)
      if !trimmed.isEmpty {
        items.append(
          Item(text: trimmed, start: SourceLocation(line: 1, column: currentStart + leading)))
      }
      current = ""
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      default: break
      }
      if scalar == "," && depth == 0 {
        flush()
        currentStart = column + 1
      } else {
        current.unicodeScalars.append(scalar)
      }
      column += 1
    }
    flush()
    self.items = items
  }
}
