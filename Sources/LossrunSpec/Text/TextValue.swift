import LossrunDiagnostics

/// A value written in a `.loss` option, before it is read as what its key needs: `256`,
/// `-0.5`, `tanh`, `"runs/a b"`, `[50, 50]` or a call such as `exponential(rate: 0.9)`.
///
/// Keeping the written form first (like the YAML front end's node tree) lets one reader report
/// wrong types, unknown words and non-finite numbers uniformly.
struct TextValue {
  /// The shape of a value.
  indirect enum Kind {
    /// A number with an optional sign, and its text for messages.
    case number(Double, text: String)
    /// A bare name (`tanh`, `true`) or a string literal's contents (`quoted`).
    case word(String, quoted: Bool)
    /// `[a, b, ...]`.
    case list([TextValue])
    /// `name(key: value, ...)`.
    case call(Located<String>, [TextOption])
  }

  /// The value.
  var kind: Kind
  /// Where it was written.
  var range: SourceRange

  /// What the value is, for messages: "the number 2", "the name 'tanh'", "a list".
  var typeDescription: String {
    switch kind {
    case .number(_, let text): "the number \(text)"
    case .word(let word, let quoted): quoted ? "the string \"\(word)\"" : "the name '\(word)'"
    case .list: "a list"
    case .call(let name, _): "a call '\(name.value)(...)'"
    }
  }
}

/// One `key: value` option of a `.loss` statement.
struct TextOption {
  /// The key as written.
  var key: Located<String>
  /// The value as written.
  var value: TextValue
}
