import LossrunDiagnostics

extension DiagnosticID {
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
}
