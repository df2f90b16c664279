import LossrunDiagnostics

/// Reading written values as what their keys need: numbers, whole numbers, booleans, words of a
/// vocabulary, settings and lists; and checking option keys.
extension TextParser {
  /// The options with known keys, first occurrence of each; unknown keys get `unknown-key`
  /// (with a did-you-mean) and repeated keys `duplicate-name`.
  mutating func known(_ options: [TextOption], keys: [String], in what: String) -> [TextOption] {
    var seen: [String: SourceRange] = [:]
    var kept: [TextOption] = []
    for option in options {
      let key = option.key
      if let first = seen[key.value] {
        diagnostics.error(
          .duplicateName, "duplicate key '\(key.value)'; it is already given at \(first.start)",
          at: key.range, notes: [Diagnostic.Note("first given here", at: first)])
        continue
      }
      seen[key.value] = key.range
      guard keys.contains(key.value) else {
        let hint = Suggestion.didYouMean(key.value, in: keys)
        let valid = keys.isEmpty ? "it takes no options" : "valid: " + keys.joined(separator: ", ")
        diagnostics.error(
          .unknownKey, "unknown key '\(key.value)' in \(what)\(hint) (\(valid))", at: key.range)
        continue
      }
      kept.append(option)
    }
    return kept
  }

  /// Reports that `value` is not what was expected.
  mutating func wrongType(_ value: TextValue, expected: String) {
    diagnostics.error(
      .wrongType, "expected \(expected), found \(value.typeDescription)", at: value.range)
  }

  /// A finite number.
  mutating func number(_ value: TextValue) -> Located<Double>? {
    guard case .number(let number, let text) = value.kind else {
      wrongType(value, expected: "a number")
      return nil
    }
    guard number.isFinite else {
      diagnostics.error(
        .nonFiniteNumber, "number '\(text.prefix(40))' is too large: it overflows to infinity",
        at: value.range)
      return nil
    }
    return Located(number, at: value.range)
  }

  /// A whole number; `1e4` is accepted, `2.5` is not.
  mutating func integer(_ value: TextValue) -> Located<Int>? {
    if case .number(_, let text) = value.kind, let whole = Int(text) {
      return Located(whole, at: value.range)
    }
    return number(value)?.wholeNumber(found: value.typeDescription, into: &diagnostics)
  }

  /// `true` or `false`, unquoted.
  mutating func boolean(_ value: TextValue) -> Located<Bool>? {
    if case .word(let word, quoted: false) = value.kind, word == "true" || word == "false" {
      return Located(word == "true", at: value.range)
    }
    wrongType(value, expected: "true or false")
    return nil
  }

  /// A name or string.
  mutating func word(_ value: TextValue, expected: String) -> Located<String>? {
    guard case .word(let word, _) = value.kind else {
      wrongType(value, expected: expected)
      return nil
    }
    return Located(word, at: value.range)
  }

  /// A word of the vocabulary `K` (reported as `unknown-value` otherwise).
  mutating func keyword<K: Keyword>(_ value: TextValue, _ type: K.Type) -> Located<K>? {
    let expected = "a \(K.vocabularyName) (one of \(K.words.joined(separator: ", ")))"
    guard let word = word(value, expected: expected) else { return nil }
    return K.read(word, into: &diagnostics)
  }

  /// The items of a list.
  mutating func list(_ value: TextValue, expected: String) -> [TextValue]? {
    guard case .list(let items) = value.kind else {
      wrongType(value, expected: expected)
      return nil
    }
    return items
  }

  /// A rule, optimizer or schedule setting: a number, `true`/`false`, a word, or a list.
  mutating func setting(_ value: TextValue) -> Located<SettingValue>? {
    switch value.kind {
    case .number:
      return number(value).map { Located(.number($0.value), at: $0.range) }
    case .word(let word, let quoted):
      if !quoted, word == "true" || word == "false" {
        return Located(.bool(word == "true"), at: value.range)
      }
      return Located(.word(word), at: value.range)
    case .list(let items):
      return Located(.list(items.compactMap { setting($0) }), at: value.range)
    case .call:
      wrongType(value, expected: "a number, true/false, a name or a list")
      return nil
    }
  }
}
