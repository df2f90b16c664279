/// Writes a spec as YAML in the style of the example specs: block sections, one flow map per
/// sampler and term, expressions quoted when they hold spaces or YAML punctuation, and the
/// spec's comments before the keys they are anchored to.
///
/// Reading the text back with `YAMLFrontEnd` gives a spec structurally equal to the one written.
public struct YAMLWriter {
  var lines: [String] = []
  private var comments: CommentPlacement

  private init(comments: [SpecComment]) {
    self.comments = CommentPlacement(comments)
  }

  /// The spec as YAML text.
  public static func write(_ spec: Spec) -> String {
    var writer = YAMLWriter(comments: spec.comments)
    writer.writeDeclarations(spec)
    writer.writeSamplersAndTerms(spec)
    writer.writeTraining(spec)
    writer.lines += writer.comments.rest().map { CommentPlacement.line($0) }
    return writer.lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Lines

  /// Writes the comments of `anchors` at `indent`, then `line`.
  mutating func emit(_ line: String, anchors: [String], indent: String = "") {
    lines += comments.take(anchors).map { CommentPlacement.line($0, indent: indent) }
    lines.append(indent + line)
  }

  /// A section of named entries: `section:` then `  name: value` per entry.
  mutating func section(_ section: String, _ entries: [(name: String, value: String)]) {
    guard !entries.isEmpty else { return }
    emit(section + ":", anchors: [section])
    for (name, value) in entries {
      emit(Self.scalar(name) + ": " + value, anchors: [section + "." + name], indent: "  ")
    }
  }

  /// A flow map `{ k: v, ... }`.
  static func flow(_ pairs: [(String, String)]) -> String {
    "{ " + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + " }"
  }

  /// A flow list `[a, b]`.
  static func flowList(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

  // MARK: - Scalars

  /// A word or name: plain when it reads back as the same string, double-quoted otherwise.
  static func scalar(_ text: String) -> String {
    isPlainSafe(text, allowingOperators: false) ? text : quoted(text)
  }

  /// An expression: plain when safe (`4*pi`, `exact`), double-quoted otherwise.
  static func expression(_ expression: Expression) -> String {
    let text = expression.description
    return isPlainSafe(text, allowingOperators: true) ? text : quoted(text)
  }

  /// A setting value.
  static func setting(_ value: SettingValue) -> String {
    switch value {
    case .number(let number): NumberText.format(number)
    case .bool(let flag): flag ? "true" : "false"
    case .word(let word): scalar(word)
    case .list(let items): flowList(items.map { setting($0.value) })
    }
  }

  /// A double-quoted YAML scalar with escapes.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Whether `text` can be written as a plain scalar (also inside a flow map) and read back
  /// unchanged as a string: letters, digits, `_`, and for expressions `* / ^ ( ) + . -`, not
  /// starting with punctuation, and not a YAML null, boolean or number.
  private static func isPlainSafe(_ text: String, allowingOperators: Bool) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    let lower = text.lowercased()
    if ["null", "~", "true", "false"].contains(lower) { return false }
    if allowingOperators, let number = YAMLScalar.number(text) { return number.isFinite }
    if !allowingOperators, YAMLScalar.number(text) != nil { return false }
    func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || scalar == "_"
    }
    guard isWordCharacter(first) || (allowingOperators && first == "(") else { return false }
    let extra: Set<Unicode.Scalar> =
      allowingOperators ? ["*", "/", "^", "(", ")", "+", ".", "-"] : ["-", ".", "/"]
    return text.unicodeScalars.allSatisfy { isWordCharacter($0) || extra.contains($0) }
  }
}
