/// A setting's value after it was checked against its `SettingDescriptor`.
package enum TypedSetting: Hashable, Sendable {
  /// A number (also whole numbers).
  case number(Double)
  /// A boolean.
  case boolean(Bool)
  /// A word out of a closed set.
  case word(String)
  /// Term indices (one for `.term`, several for `.terms`).
  case terms([Int])

  /// The number, if this is one.
  package var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The boolean, if this is one.
  package var boolean: Bool? {
    if case .boolean(let value) = self { return value }
    return nil
  }

  /// The word, if this is one.
  package var word: String? {
    if case .word(let value) = self { return value }
    return nil
  }

  /// The term indices, if this is a term or a list of terms.
  package var terms: [Int]? {
    if case .terms(let value) = self { return value }
    return nil
  }
}
