import LossrunDiagnostics

extension ExpressionParser {
  /// Parses one expression from `stream`, stopping before the first token that cannot continue
  /// it; returns nil after reporting an error.
  ///
  /// Line breaks and comments (in `Lexer.Mode.file`) end the expression unless they are inside
  /// parentheses. Lexical problems stay in `stream.lexer.diagnostics` for the caller to merge.
  public static func parse(
    _ stream: inout TokenStream, limits: Limits = Limits(),
    into diagnostics: inout DiagnosticCollector
  ) -> Expression? {
    var parser = ExpressionParser(stream: stream, diagnostics: diagnostics, limits: limits)
    defer {
      stream = parser.stream
      diagnostics = parser.diagnostics
    }
    return try? parser.parseExpression()
  }

  /// Parses all of `text`, whose first character is at `start`, as one expression; lexical and
  /// syntax errors are reported into `diagnostics` and the result is nil when there was any.
  public static func parse(
    _ text: String, at start: SourceLocation, limits: Limits = Limits(),
    into diagnostics: inout DiagnosticCollector
  ) -> Expression? {
    let stream = TokenStream(text, startingAt: start, path: diagnostics.path)
    var parser = ExpressionParser(stream: stream, diagnostics: diagnostics, limits: limits)
    let expression = try? parser.parseWholeText()
    diagnostics = parser.diagnostics
    let lexical = parser.stream.lexer.diagnostics
    diagnostics.append(contentsOf: lexical.diagnostics)
    return lexical.hasErrors ? nil : expression
  }
}

/// Parses a whole expression string with the default limits (a convenience for front ends).
extension Expression {
  /// Parses `text`, whose first character is at `start`, reporting problems into `diagnostics`.
  public static func parse(
    _ text: String, at start: SourceLocation = SourceLocation(line: 1, column: 1),
    into diagnostics: inout DiagnosticCollector
  ) -> Expression? {
    ExpressionParser.parse(text, at: start, into: &diagnostics)
  }
}
