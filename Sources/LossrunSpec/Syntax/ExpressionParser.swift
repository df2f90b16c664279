import LossrunDiagnostics

/// Parses expressions by precedence climbing over a `TokenStream`.
///
/// `parse(_:into:)` reads one expression and stops at the first token that cannot continue it,
/// so the `.loss` parser can call it in the middle of a statement; `parse(_:at:path:into:)` reads
/// a whole string (a YAML scalar) and rejects anything left over. The first bad token ends the
/// expression with one `expression-syntax` error that says what was expected there.
///
/// Nesting is bounded (`maximumNesting`, `maximumHeight`) so no input can exhaust the stack,
/// neither here nor in the code that later walks the tree.
public struct ExpressionParser: Sendable {
  /// The deepest nesting of parentheses, calls and prefix operators accepted.
  public var maximumNesting: Int
  /// The largest height of the resulting tree (long chains such as `a+b+...` count too).
  public var maximumHeight: Int

  /// Creates a parser with the given limits.
  public init(maximumNesting: Int = 200, maximumHeight: Int = 1000) {
    self.maximumNesting = maximumNesting
    self.maximumHeight = maximumHeight
  }

  /// Parses one expression from `stream`, stopping before the first token that cannot continue
  /// it; returns nil after reporting an error.
  ///
  /// Line breaks and comments (in `Lexer.Mode.file`) end the expression unless they are inside
  /// parentheses. Lexical problems stay in `stream.lexer.diagnostics` for the caller to merge.
  public func parse(_ stream: inout TokenStream, into diagnostics: inout DiagnosticCollector)
    -> Expression?
  {
    var run = ExpressionParserRun(stream: stream, diagnostics: diagnostics, limits: self)
    defer {
      stream = run.stream
      diagnostics = run.diagnostics
    }
    return try? run.parseExpression()
  }

  /// Parses all of `text`, whose first character is at `start`, as one expression; lexical and
  /// syntax errors are reported into `diagnostics` and the result is nil when there was any.
  public func parse(
    _ text: String, at start: SourceLocation, into diagnostics: inout DiagnosticCollector
  ) -> Expression? {
    let stream = TokenStream(text, startingAt: start, path: diagnostics.path)
    var run = ExpressionParserRun(stream: stream, diagnostics: diagnostics, limits: self)
    let expression = try? run.parseWholeText()
    diagnostics = run.diagnostics
    let lexical = run.stream.lexer.diagnostics
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
    ExpressionParser().parse(text, at: start, into: &diagnostics)
  }
}
