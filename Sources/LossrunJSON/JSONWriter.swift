/// Writes `JSONValue`s as text; the one place lossrun turns values into JSON.
struct JSONWriter {
  /// How NaN and infinities are written.
  let nonFinite: JSONValue.NonFiniteNumberPolicy
  /// The text written so far.
  private(set) var output = ""

  init(nonFinite: JSONValue.NonFiniteNumberPolicy) {
    self.nonFinite = nonFinite
  }

  /// A JSON string literal for `value`, with the escapes RFC 8259 requires: `"` and `\`,
  /// `\n`, `\r`, `\t`, and `\u00XX` for every other control character below U+0020.
  static func quoted(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  mutating func writeCompact(_ value: JSONValue) {
    switch value {
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        writeCompact(element)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        output += Self.quoted(member.0) + ":"
        writeCompact(member.1)
      }
      output += "}"
    default:
      writeScalar(value)
    }
  }

  mutating func writePretty(_ value: JSONValue, depth: Int) {
    func newline(_ depth: Int) { output += "\n" + String(repeating: "  ", count: depth) }
    switch value {
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        newline(depth + 1)
        writePretty(element, depth: depth + 1)
      }
      newline(depth)
      output += "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        newline(depth + 1)
        output += Self.quoted(member.0) + ": "
        writePretty(member.1, depth: depth + 1)
      }
      newline(depth)
      output += "}"
    default:
      writeScalar(value)
    }
  }

  mutating func writeFieldPerLine(_ value: JSONValue) {
    guard case .object(let members) = value, !members.isEmpty else {
      return writeCompact(value)
    }
    output += "{"
    for (index, member) in members.enumerated() {
      output += index > 0 ? ",\n  " : "\n  "
      output += Self.quoted(member.0) + ": "
      writeCompact(member.1)
    }
    output += "\n}"
  }

  private mutating func writeScalar(_ value: JSONValue) {
    switch value {
    case .null: output += "null"
    case .boolean(let flag): output += flag ? "true" : "false"
    case .integer(let number): output += String(number)
    case .number(let number): output += text(of: number)
    case .string(let string): output += Self.quoted(string)
    case .array, .object: writeCompact(value)
    }
  }

  private func text(of number: Double) -> String {
    if number.isFinite { return "\(number)" }
    switch nonFinite {
    case .null: return "null"
    case .string: return number.isNaN ? "\"NaN\"" : number > 0 ? "\"Infinity\"" : "\"-Infinity\""
    }
  }
}
