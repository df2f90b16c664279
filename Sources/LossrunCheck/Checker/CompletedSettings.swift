import LossrunSpec

/// Checked settings with every catalogue default filled in, which the checker builds checked
/// values from, so that a default is written once: in the catalogue's `SettingDescriptor`s.
///
/// A key the catalogue gives no default (a spec-dependent one, such as annealing's `reference`)
/// is read with the optional accessors; reading any other key that is missing is a bug in the
/// catalogue, not a user error, and stops with a message that names the key.
struct CompletedSettings {
  private var values: [String: TypedSetting]

  /// `written` (already validated) over the defaults of `descriptors`.
  init(_ written: [String: TypedSetting], descriptors: [SettingDescriptor]) {
    values = written
    for descriptor in descriptors where values[descriptor.key] == nil {
      if let value = descriptor.defaultValue.flatMap(Self.typed) {
        values[descriptor.key] = value
      }
    }
  }

  /// A default as a typed value; term lists can only default to empty.
  private static func typed(_ value: SettingValue) -> TypedSetting? {
    switch value {
    case .number(let number): .number(number)
    case .bool(let flag): .boolean(flag)
    case .word(let word): .word(word)
    case .list(let items): items.isEmpty ? .terms([]) : nil
    }
  }

  /// The number setting `key`.
  func number(_ key: String) -> Double { required(key, values[key]?.number) }
  /// The number setting `key`, if written or defaulted (for settings without a catalogue
  /// default, such as a learning rate that defaults to the training one).
  func optionalNumber(_ key: String) -> Double? { values[key]?.number }
  /// The whole-number setting `key`.
  func integer(_ key: String) -> Int { Int(number(key)) }
  /// The boolean setting `key`.
  func boolean(_ key: String) -> Bool { required(key, values[key]?.boolean) }
  /// The word setting `key`.
  func word(_ key: String) -> String { required(key, values[key]?.word) }
  /// The word setting `key` as a value of `Choice`, whose raw values the catalogue lists.
  func choice<Choice: RawRepresentable<String>>(_ key: String, as _: Choice.Type) -> Choice {
    required(key, Choice(rawValue: word(key)))
  }
  /// The term setting `key`, if written or defaulted.
  func terms(_ key: String) -> [Int]? { values[key]?.terms }

  private func required<Value>(_ key: String, _ value: Value?) -> Value {
    guard let value else { fatalError("setting '\(key)' has no default in the catalogue") }
    return value
  }
}
