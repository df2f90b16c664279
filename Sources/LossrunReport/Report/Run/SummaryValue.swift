import Foundation

/// One value of `summary.json`, kept as JSON shapes so that keys this version does not know
/// (effective settings, the lossrun version, per-output errors) are still shown.
public indirect enum SummaryValue: Equatable, Sendable {
  /// A number.
  case number(Double)
  /// A string.
  case string(String)
  /// A Boolean.
  case bool(Bool)
  /// `null`.
  case null
  /// An array.
  case array([SummaryValue])
  /// An object, its keys sorted.
  case object([(String, SummaryValue)])

  /// The value as a number, if it is one.
  public var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The value as a string, if it is one.
  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The entries of an object (empty otherwise).
  public var entries: [(String, SummaryValue)] {
    if case .object(let entries) = self { return entries }
    return []
  }

  /// The entry `key` of an object.
  public subscript(key: String) -> SummaryValue? {
    entries.first { $0.0 == key }?.1
  }

  /// The value converted from what `JSONSerialization` returns (unknown shapes become `null`).
  public init(json: Any) {
    switch json {
    case let text as String: self = .string(text)
    case let number as NSNumber:
      // JSONSerialization gives Booleans as NSNumber too, of Objective-C type `c` (char).
      if String(cString: number.objCType) == "c" {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.doubleValue)
      }
    case let array as [Any]: self = .array(array.map(SummaryValue.init(json:)))
    case let object as [String: Any]:
      self = .object(object.keys.sorted().map { ($0, SummaryValue(json: object[$0] as Any)) })
    default: self = .null
    }
  }

  /// Short display text: numbers as in metrics files, strings as they are, arrays and objects
  /// as compact JSON-like text.
  public var displayText: String {
    switch self {
    case .number(let value): return MetricsNumber.format(value)
    case .string(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "–"
    case .array(let items): return "[" + items.map(\.displayText).joined(separator: ", ") + "]"
    case .object(let entries):
      return "{" + entries.map { "\($0.0): \($0.1.displayText)" }.joined(separator: ", ") + "}"
    }
  }

  /// Whether both are the same value; NaN equals NaN, so a parsed summary equals itself.
  public static func == (lhs: SummaryValue, rhs: SummaryValue) -> Bool {
    switch (lhs, rhs) {
    case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.string(let a), .string(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }
}
