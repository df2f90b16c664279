import LossrunDiagnostics

/// Every id LossrunSpec emits, in one place: reading files, expressions, the values both
/// formats share, then the ids only one format emits.
extension DiagnosticID {
  // MARK: Files (both formats)

  /// The file cannot be read: missing, a directory, unreadable, too large, not UTF-8.
  public static let unreadableFile: DiagnosticID = "unreadable-file"

  // MARK: Expressions (both formats)

  /// A character the expression language does not use, such as `$`.
  public static let invalidCharacter: DiagnosticID = "invalid-character"
  /// A string literal without its closing quote.
  public static let unterminatedString: DiagnosticID = "unterminated-string"
  /// An expression that does not follow the grammar, reported at the first bad token.
  public static let expressionSyntax: DiagnosticID = "expression-syntax"
  /// An expression nested deeper than the parser allows.
  public static let expressionTooDeep: DiagnosticID = "expression-too-deep"
  /// A number that is not finite: it overflows (`1e999`) or is `.inf` / `.nan`.
  public static let nonFiniteNumber: DiagnosticID = "non-finite-number"

  // MARK: Values and keys (both formats)

  /// A value of the wrong type: a list where a number is expected, and so on.
  public static let wrongType: DiagnosticID = "wrong-type"
  /// A key the format does not know (with a did-you-mean).
  public static let unknownKey: DiagnosticID = "unknown-key"
  /// A required key is missing.
  public static let missingKey: DiagnosticID = "missing-key"
  /// The same name declared twice, or the same key twice in one YAML mapping.
  public static let duplicateName: DiagnosticID = "duplicate-name"
  /// The reader stopped after this many errors.
  public static let tooManyErrors: DiagnosticID = "too-many-errors"
  /// A number where a whole number is needed, or an integer that does not fit.
  public static let notAnInteger: DiagnosticID = "not-an-integer"
  /// A word outside a closed vocabulary, such as an unknown activation.
  public static let unknownValue: DiagnosticID = "unknown-value"
  /// Keys that belong to different kinds of one declaration, such as a sampler's `file` and
  /// `distribution`.
  public static let conflictingKeys: DiagnosticID = "conflicting-keys"

  // MARK: YAML only

  /// libyaml could not parse the text (or the file holds more than one document).
  public static let yamlSyntax: DiagnosticID = "yaml-syntax"
  /// A YAML alias (`*name`); specs are written out, so aliases are refused.
  public static let yamlAlias: DiagnosticID = "yaml-alias"
  /// Mappings and sequences nested deeper than the front end accepts.
  public static let yamlTooDeep: DiagnosticID = "yaml-too-deep"

  // MARK: Text only

  /// A `.loss` statement that does not follow the grammar, reported at the first bad token.
  public static let textSyntax: DiagnosticID = "text-syntax"
  /// A line that does not start with a statement keyword (with a did-you-mean).
  public static let unknownStatement: DiagnosticID = "unknown-statement"
  /// Lists in a `.loss` value nested deeper than the parser accepts.
  public static let textTooDeep: DiagnosticID = "text-too-deep"
}
