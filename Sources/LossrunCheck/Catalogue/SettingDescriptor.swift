import LossrunSpec

/// One setting a rule, optimizer or schedule accepts: its key, type, default and meaning.
package struct SettingDescriptor: Hashable, Sendable {
  /// The type of a setting's value, with its valid range.
  package enum Kind: Hashable, Sendable {
    /// A finite number; `positive` excludes zero and negatives, `atMostOne` caps it at 1.
    case number(positive: Bool, atMostOne: Bool)
    /// A finite number ≥ 0.
    case nonNegativeNumber
    /// A whole number ≥ `minimum`.
    case integer(minimum: Int)
    /// `true` or `false`.
    case boolean
    /// One word out of `choices`.
    case choice([String])
    /// The name of one loss term.
    case term
    /// A list of loss-term names.
    case terms

    /// How the type is described in messages.
    package var description: String {
      switch self {
      case .number(let positive, let atMostOne):
        atMostOne ? "a number in (0, 1]" : positive ? "a positive number" : "a number"
      case .nonNegativeNumber: "a number ≥ 0"
      case .integer(let minimum): "a whole number ≥ \(minimum)"
      case .boolean: "true or false"
      case .choice(let choices): "one of " + choices.joined(separator: ", ")
      case .term: "the name of a term"
      case .terms: "a list of term names"
      }
    }
  }

  /// The key as written in a spec.
  package var key: String
  /// The value's type.
  package var kind: Kind
  /// The default, or nil when the default depends on the spec (documented in `summary`).
  package var defaultValue: SettingValue?
  /// What the setting does.
  package var summary: String

  /// Creates a descriptor.
  package init(_ key: String, _ kind: Kind, default defaultValue: SettingValue?, _ summary: String)
  {
    self.key = key
    self.kind = kind
    self.defaultValue = defaultValue
    self.summary = summary
  }
}
