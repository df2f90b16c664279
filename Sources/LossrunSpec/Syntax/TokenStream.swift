import LossrunDiagnostics

/// A lexer with lookahead: the cursor the expression parser (and the `.loss` parser) reads.
///
/// Tokens are produced lazily, so a huge input costs memory only for what is looked at.
public struct TokenStream: Sendable {
  /// The lexer; its `diagnostics` hold the lexical problems found so far.
  public private(set) var lexer: Lexer
  private var buffer: [Token] = []

  /// Creates a stream reading from `lexer`.
  public init(_ lexer: Lexer) {
    self.lexer = lexer
  }

  /// Creates a stream over `text` lexed in `mode`, whose first character is at `start`.
  public init(
    _ text: String, startingAt start: SourceLocation = SourceLocation(line: 1, column: 1),
    path: String = "", mode: Lexer.Mode = .expression
  ) {
    self.init(Lexer(text, startingAt: start, path: path, mode: mode))
  }

  /// The token `offset` tokens ahead of the current one (0 is the current token).
  public mutating func peek(_ offset: Int = 0) -> Token {
    while buffer.count <= offset {
      buffer.append(lexer.nextToken())
    }
    return buffer[offset]
  }

  /// The current token.
  public var current: Token {
    mutating get { peek() }
  }

  /// Consumes and returns the current token (at the end, keeps returning `.endOfInput`).
  @discardableResult
  public mutating func advance() -> Token {
    let token = peek()
    if token.kind != .endOfInput { buffer.removeFirst() }
    return token
  }

  /// Consumes the current token if it is of `kind`.
  public mutating func consume(_ kind: Token.Kind) -> Token? {
    peek().kind == kind ? advance() : nil
  }
}
