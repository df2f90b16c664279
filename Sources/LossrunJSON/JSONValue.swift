/// A JSON value with object keys in the order they were given, for stable machine-readable
/// output (diagnostics, `summary.json`, parameter-file headers, the spec schema).
///
/// Build a value, then render it with `text(style:)`: strings are escaped as RFC 8259 requires,
/// numbers follow an explicit `NonFiniteNumberPolicy`, and the layout is compact, pretty, or
/// one top-level field per line.
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case boolean(Bool)
  /// A whole number, written in decimal.
  case integer(Int)
  /// A floating-point number, written in Swift's shortest round-trip form (`0.1`, `1e-05`,
  /// `100.0`); a NaN or infinity is written as its `NonFiniteNumberPolicy` says.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object whose keys are written in this order (a repeated key is written twice).
  indirect case object([(String, JSONValue)])

  /// How non-finite numbers (NaN, ±infinity), which JSON cannot express, are written.
  public enum NonFiniteNumberPolicy: Hashable, Sendable {
    /// As `null`, so strict parsers accept the text (lossrun's choice everywhere).
    case null
    /// As the strings `"NaN"`, `"Infinity"` and `"-Infinity"`.
    case string
  }

  /// The layout of the rendered text.
  public enum Style: Hashable, Sendable {
    /// No whitespace at all: `{"a":1,"b":[1,2]}`.
    case compact
    /// Every object member and array element on its own line, indented two spaces per level,
    /// with `": "` after keys; empty arrays and objects are `[]` and `{}`.
    case pretty
    /// A top-level object with one member per line (indented two spaces, `": "` after keys)
    /// and every nested value compact, as in `summary.json`.
    case fieldPerLine
  }

  /// The value as JSON text, without a trailing newline.
  public func text(style: Style = .compact, nonFinite: NonFiniteNumberPolicy = .null) -> String {
    var writer = JSONWriter(nonFinite: nonFinite)
    switch style {
    case .compact: writer.writeCompact(self)
    case .pretty: writer.writePretty(self, depth: 0)
    case .fieldPerLine: writer.writeFieldPerLine(self)
    }
    return writer.output
  }
}

extension JSONValue {
  /// An object from key–value pairs, keys in the given order.
  public static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(members.map { ($0.key, $0.value) })
  }

  /// A number, or `null` when `value` is nil.
  public static func number(_ value: Double?) -> JSONValue {
    value.map(JSONValue.number) ?? .null
  }

  /// An integer, or `null` when `value` is nil.
  public static func integer(_ value: Int?) -> JSONValue {
    value.map(JSONValue.integer) ?? .null
  }
}

extension JSONValue {
  /// Compares members in order, so two objects with the same members in another order differ.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.boolean(let a), .boolean(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.number(let a), .number(let b)): return a.bitPattern == b.bitPattern
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// Hashes the rendered compact text, consistent with `==`.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text(style: .compact, nonFinite: .string))
  }
}
