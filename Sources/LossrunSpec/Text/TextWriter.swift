/// Writes a spec as `.loss` text: one statement per declaration, grouped and aligned, with the
/// spec's comments before the statements they are anchored to.
///
/// Reading the text back with `TextFrontEnd` gives a spec structurally equal to the one
/// written (see `Spec.structuralDifferences(from:)`).
public struct TextWriter {
  var lines: [String] = []
  private var comments: CommentPlacement
  private var groupIsOpen = false

  private init(comments: [SpecComment]) {
    self.comments = CommentPlacement(comments)
  }

  /// The spec as `.loss` text.
  public static func write(_ spec: Spec) -> String {
    var writer = TextWriter(comments: spec.comments)
    writer.writeHeader(spec)
    writer.writeDeclarations(spec)
    writer.writeSamplersAndTerms(spec)
    writer.writeTraining(spec)
    let rest = writer.comments.rest()
    if !rest.isEmpty {
      writer.startGroup()
      writer.lines += rest.map { CommentPlacement.line($0) }
    }
    return writer.lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Lines

  /// Separates the next statement from the previous group by a blank line.
  mutating func startGroup() {
    if groupIsOpen { lines.append("") }
    groupIsOpen = false
  }

  /// Writes the comments of `anchors`, then `statement`.
  mutating func emit(_ statement: String, anchors: [String]) {
    lines += comments.take(anchors).map { CommentPlacement.line($0) }
    lines.append(statement)
    groupIsOpen = true
  }

  /// The anchors of the entry at `index` of `section`: the first also takes the section's.
  static func anchors(_ section: String, _ name: String, index: Int) -> [String] {
    index == 0 ? [section, section + "." + name] : [section + "." + name]
  }

  // MARK: - Text of values

  /// A name as an identifier, or a string literal when it is not one.
  static func label(_ name: String) -> String {
    NumberText.isIdentifier(name) ? name : quoted(name)
  }

  /// A string literal with `\"`, `\\`, `\n` and `\t` escaped.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A setting's value: `0.9`, `true`, `mean`, `"true"` (a word), `[a, b]`.
  static func setting(_ value: SettingValue) -> String {
    switch value {
    case .number(let number): NumberText.format(number)
    case .bool(let flag): flag ? "true" : "false"
    case .word(let word): word == "true" || word == "false" ? quoted(word) : label(word)
    case .list(let items): "[" + items.map { setting($0.value) }.joined(separator: ", ") + "]"
    }
  }

  /// `key: value` for each setting.
  static func settings(_ settings: [Setting]) -> [String] {
    settings.map { $0.key.value + ": " + setting($0.value.value) }
  }
}
