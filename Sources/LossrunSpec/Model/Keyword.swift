import LossrunDiagnostics

/// A closed vocabulary of words a spec may use for one setting, such as the activations.
///
/// Both front ends read such words with `read(_:into:)`, so an unknown word gets the same
/// diagnostic (listing the valid words, with a did-you-mean) whichever format it came from.
public protocol Keyword: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
  /// What the word names, for messages: "activation", "distribution", ...
  static var vocabularyName: String { get }
  /// Other accepted spellings, mapped to the canonical word.
  static var aliases: [String: Self] { get }
}

extension Keyword {
  /// Other accepted spellings (``Keyword/aliases``).
  public static var aliases: [String: Self] { [:] }

  /// Every canonical word, in declaration order.
  public static var words: [String] { allCases.map(\.rawValue) }

  /// Parses a word (canonical or alias), or reports `unknown-value` at its range and returns nil.
  public static func read(_ word: Located<String>, into diagnostics: inout DiagnosticCollector)
    -> Located<Self>?
  {
    if let value = Self(rawValue: word.value) ?? aliases[word.value] {
      return Located(value, at: word.range)
    }
    let hint = Suggestion.didYouMean(word.value, in: words + aliases.keys.sorted())
    diagnostics.error(
      .unknownValue,
      "unknown \(vocabularyName) '\(word.value)'\(hint) (valid: \(words.joined(separator: ", ")))",
      at: word.range)
    return nil
  }
}
