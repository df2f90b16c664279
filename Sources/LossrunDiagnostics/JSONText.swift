/// Small helpers that write JSON text with a fixed key order, for stable machine-readable output.
public enum JSONText {
  /// A JSON string literal for `value`, with the escapes RFC 8259 requires.
  public static func string(_ value: String) -> String {
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

  /// A JSON object from already-encoded values, keys in the given order.
  public static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  /// A JSON number for a finite double, or `null` for NaN and infinities.
  public static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }
}
