import LossrunDiagnostics

/// A key–value setting whose vocabulary depends on a rule, such as a weighting rule's
/// `stat: mean` or an optimizer's `beta1: 0.9`. The checker validates keys and value types.
public struct Setting: Hashable, Sendable {
  /// The key as written.
  public var key: Located<String>
  /// The value as written.
  public var value: Located<SettingValue>

  /// Creates a setting.
  public init(key: Located<String>, value: Located<SettingValue>) {
    self.key = key
    self.value = value
  }
}

/// The value of a `Setting`.
public indirect enum SettingValue: Hashable, Sendable {
  /// A number (integers are numbers too).
  case number(Double)
  /// `true` or `false`.
  case bool(Bool)
  /// A bare word or string, such as `mean` or a term's name.
  case word(String)
  /// A list of values, such as `[dirichlet, neumann]`.
  case list([Located<SettingValue>])

  /// A short name of the value's type for messages: "number", "boolean", "name", "list".
  public var typeName: String {
    switch self {
    case .number: "number"
    case .bool: "boolean"
    case .word: "name"
    case .list: "list"
    }
  }
}

extension Array where Element == Setting {
  /// The first setting with `key`, if any.
  public subscript(key: String) -> Setting? {
    first { $0.key.value == key }
  }
}
