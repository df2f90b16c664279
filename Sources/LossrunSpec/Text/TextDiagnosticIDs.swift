import LossrunDiagnostics

extension DiagnosticID {
  /// A `.loss` statement that does not follow the grammar, reported at the first bad token.
  public static let textSyntax: DiagnosticID = "text-syntax"
  /// A line that does not start with a statement keyword (with a did-you-mean).
  public static let unknownStatement: DiagnosticID = "unknown-statement"
  /// Lists in a `.loss` value nested deeper than the parser accepts.
  public static let textTooDeep: DiagnosticID = "text-too-deep"
}
