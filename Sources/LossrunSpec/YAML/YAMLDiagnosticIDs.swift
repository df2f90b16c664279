import LossrunDiagnostics

extension DiagnosticID {
  /// The file cannot be read: missing, a directory, unreadable, too large, not UTF-8.
  public static let unreadableFile: DiagnosticID = "unreadable-file"
  /// libyaml could not parse the text (or the file holds more than one document).
  public static let yamlSyntax: DiagnosticID = "yaml-syntax"
  /// A YAML alias (`*name`); specs are written out, so aliases are refused.
  public static let yamlAlias: DiagnosticID = "yaml-alias"
  /// Mappings and sequences nested deeper than the front end accepts.
  public static let yamlTooDeep: DiagnosticID = "yaml-too-deep"
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
}
