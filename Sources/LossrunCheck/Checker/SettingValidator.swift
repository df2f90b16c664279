import LossrunDiagnostics
import LossrunSpec

/// Checks a `Setting` list against descriptors: known keys, value types, ranges, term names.
struct SettingValidator {
  /// What the settings belong to, for messages: "weighting rule 'annealing'".
  var owner: String
  /// The accepted settings.
  var descriptors: [SettingDescriptor]
  /// The term names, in order, for `.term` and `.terms` settings.
  var termNames: [String]

  /// The typed values of the settings written (defaults are not added); bad settings are
  /// reported and left out.
  func validate(_ settings: [Setting], into diagnostics: inout DiagnosticCollector)
    -> [String: TypedSetting]
  {
    var typed: [String: TypedSetting] = [:]
    for setting in settings {
      guard let descriptor = descriptors.first(where: { $0.key == setting.key.value }) else {
        let keys = descriptors.map(\.key)
        let hint = Suggestion.didYouMean(setting.key.value, in: keys)
        let valid = keys.isEmpty ? "it takes no settings" : "valid: " + keys.joined(separator: ", ")
        diagnostics.error(
          .unknownSetting, "\(owner) has no setting '\(setting.key.value)'\(hint) (\(valid))",
          at: setting.key.range)
        continue
      }
      if let value = typedValue(setting.value, for: descriptor, into: &diagnostics) {
        typed[descriptor.key] = value
      }
    }
    return typed
  }

  /// Checks one value against its descriptor.
  func typedValue(
    _ value: Located<SettingValue>, for descriptor: SettingDescriptor,
    into diagnostics: inout DiagnosticCollector
  ) -> TypedSetting? {
    let key = descriptor.key
    func wrongType() -> TypedSetting? {
      diagnostics.error(
        .settingType,
        "setting '\(key)' of \(owner) must be \(descriptor.kind.description), not a "
          + value.value.typeName,
        at: value.range)
      return nil
    }
    func outOfRange(_ number: Double) -> TypedSetting? {
      diagnostics.error(
        .invalidValue,
        "setting '\(key)' of \(owner) must be \(descriptor.kind.description), not \(number)",
        at: value.range)
      return nil
    }
    switch (descriptor.kind, value.value) {
    case (.number(let positive, let atMostOne), .number(let number)):
      let valid = number.isFinite && (!positive || number > 0) && (!atMostOne || number <= 1)
      return valid ? .number(number) : outOfRange(number)
    case (.nonNegativeNumber, .number(let number)):
      return number.isFinite && number >= 0 ? .number(number) : outOfRange(number)
    case (.integer(let minimum), .number(let number)):
      let valid =
        number.isFinite && number == number.rounded() && number >= Double(minimum)
        && number <= Double(Int32.max)
      return valid ? .number(number) : outOfRange(number)
    case (.boolean, .bool(let flag)):
      return .boolean(flag)
    case (.choice(let choices), .word(let word)):
      if choices.contains(word) { return .word(word) }
      diagnostics.error(
        .invalidValue,
        "setting '\(key)' of \(owner) must be one of \(choices.joined(separator: ", ")), "
          + "not '\(word)'\(Suggestion.didYouMean(word, in: choices))",
        at: value.range)
      return nil
    case (.term, .word(let word)):
      return termIndex(Located(word, at: value.range), into: &diagnostics).map { .terms([$0]) }
    case (.terms, .list(let items)):
      var indices: [Int] = []
      for item in items {
        guard case .word(let word) = item.value else {
          diagnostics.error(
            .settingType,
            "setting '\(key)' of \(owner) lists term names, not a \(item.value.typeName)",
            at: item.range)
          continue
        }
        if let index = termIndex(Located(word, at: item.range), into: &diagnostics) {
          indices.append(index)
        }
      }
      return .terms(indices)
    case (.terms, .word(let word)):
      return termIndex(Located(word, at: value.range), into: &diagnostics).map { .terms([$0]) }
    default:
      return wrongType()
    }
  }

  private func termIndex(_ name: Located<String>, into diagnostics: inout DiagnosticCollector)
    -> Int?
  {
    if let index = termNames.firstIndex(of: name.value) { return index }
    let hint = Suggestion.didYouMean(name.value, in: termNames)
    diagnostics.error(
      .unknownTerm,
      "\(owner) names unknown term '\(name.value)'\(hint) (terms: "
        + termNames.joined(separator: ", ") + ")",
      at: name.range)
    return nil
  }
}
