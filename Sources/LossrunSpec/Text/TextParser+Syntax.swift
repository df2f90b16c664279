import LossrunDiagnostics

/// Tokens, names, expressions, options and values: the pieces statements are made of.
extension TextParser {
  /// Reports a `text-syntax` error at `token` and abandons the statement.
  mutating func fail(_ message: String, at token: Token) throws(TextSyntaxFailure) -> Never {
    if token.kind != .invalid {  // an invalid token was reported by the lexer already
      diagnostics.error(.textSyntax, message, at: token.range)
    }
    throw TextSyntaxFailure()
  }

  /// Consumes a token of `kind` or fails with "expected \(what), found ...".
  @discardableResult
  mutating func expect(_ kind: Token.Kind, _ what: String) throws(TextSyntaxFailure) -> Token {
    if let token = stream.consume(kind) { return token }
    let found = stream.peek()
    try fail("expected \(what), found \(found.displayName)", at: found)
  }

  /// Consumes the bare word `word` (such as `in` or `on`) or fails.
  @discardableResult
  mutating func expectWord(_ word: String, _ what: String) throws(TextSyntaxFailure) -> Token {
    let token = stream.peek()
    if token.kind == .identifier, token.text == word { return stream.advance() }
    try fail("expected '\(word)' \(what), found \(token.displayName)", at: token)
  }

  /// Whether the current token is the bare word `word`.
  mutating func isWord(_ word: String, at offset: Int = 0) -> Bool {
    let token = stream.peek(offset)
    return token.kind == .identifier && token.text == word
  }

  /// A name: an identifier, or a string literal for names that are not identifiers.
  mutating func label(_ what: String) throws(TextSyntaxFailure) -> Located<String> {
    let token = stream.peek()
    switch token.kind {
    case .identifier:
      stream.advance()
      return Located(token.text, at: token.range)
    case .string:
      stream.advance()
      return Located(token.stringValue ?? "", at: token.range)
    default:
      try fail("expected \(what), found \(token.displayName)", at: token)
    }
  }

  /// Skips line breaks and comments; allowed after `(`, `[` and `,`, so long statements can
  /// continue on the next lines.
  mutating func skipLineBreaks() {
    while stream.peek().kind == .newline || stream.peek().kind == .comment { stream.advance() }
  }

  /// One expression, read by the shared expression parser.
  mutating func expression() throws(TextSyntaxFailure) -> Expression {
    guard let expression = ExpressionParser.parse(&stream, into: &diagnostics) else {
      throw TextSyntaxFailure()
    }
    return expression
  }

  /// Whether `key:` starts here (an option rather than an expression or value).
  mutating func isOptionStart() -> Bool {
    stream.peek().kind == .identifier && stream.peek(1).kind == .colon
  }

  // MARK: - Options

  /// `key: value`.
  mutating func option() throws(TextSyntaxFailure) -> TextOption {
    let token = stream.peek()
    guard token.kind == .identifier else {
      try fail("expected an option such as 'points: 256', found \(token.displayName)", at: token)
    }
    stream.advance()
    try expect(.colon, "':' after '\(token.text)'")
    let value = try value(depth: 0)
    return TextOption(key: Located(token.text, at: token.range), value: value)
  }

  /// The options after an already consumed `(`, up to and including `)`, and the `)`'s range.
  mutating func parenthesizedOptions(of what: String) throws(TextSyntaxFailure)
    -> (options: [TextOption], end: SourceRange)
  {
    var options: [TextOption] = []
    skipLineBreaks()
    if let close = stream.consume(.rightParen) { return (options, close.range) }
    while true {
      options.append(try option())
      if stream.consume(.comma) != nil {
        skipLineBreaks()
        continue
      }
      if let close = stream.consume(.rightParen) { return (options, close.range) }
      let found = stream.peek()
      try fail(
        "expected ',' or ')' after an option of \(what), found \(found.displayName)", at: found)
    }
  }

  /// `, key: value` options up to the end of the statement.
  mutating func trailingOptions() throws(TextSyntaxFailure) -> [TextOption] {
    var options: [TextOption] = []
    while stream.consume(.comma) != nil {
      skipLineBreaks()
      options.append(try option())
    }
    return options
  }

  // MARK: - Values

  /// A value: a signed number, a name, a string, a list `[...]` or a call `name(key: value)`.
  mutating func value(depth: Int) throws(TextSyntaxFailure) -> TextValue {
    let token = stream.peek()
    if depth > Self.maximumValueNesting {
      diagnostics.error(
        .textTooDeep, "values nest more than \(Self.maximumValueNesting) levels deep",
        at: token.range)
      throw TextSyntaxFailure()
    }
    switch token.kind {
    case .minus, .plus, .number:
      return try signedNumber()
    case .identifier:
      stream.advance()
      let name = Located(token.text, at: token.range)
      guard stream.consume(.leftParen) != nil else {
        return TextValue(kind: .word(token.text, quoted: false), range: token.range)
      }
      let (options, end) = try parenthesizedOptions(of: "'\(token.text)(...)'")
      return TextValue(kind: .call(name, options), range: token.range.union(end))
    case .string:
      stream.advance()
      return TextValue(kind: .word(token.stringValue ?? "", quoted: true), range: token.range)
    case .leftBracket:
      return try list(depth: depth)
    default:
      try fail(
        "expected a value (a number, a name, a string or a list), found \(token.displayName)",
        at: token)
    }
  }

  /// A number with an optional sign, such as `-0.5` or `1e-3`.
  mutating func signedNumber() throws(TextSyntaxFailure) -> TextValue {
    var sign = stream.peek()
    if sign.kind == .minus || sign.kind == .plus {
      stream.advance()
    } else {
      sign = Token(.plus, "", at: .point(sign.range.start))
    }
    let number = try expect(.number, "a number after '\(sign.text)'")
    let text = (sign.kind == .minus ? "-" : "") + number.text
    let value = Double(text) ?? .nan
    return TextValue(kind: .number(value, text: text), range: sign.range.union(number.range))
  }

  private mutating func list(depth: Int) throws(TextSyntaxFailure) -> TextValue {
    let open = stream.advance()
    var items: [TextValue] = []
    skipLineBreaks()
    if let close = stream.consume(.rightBracket) {
      return TextValue(kind: .list(items), range: open.range.union(close.range))
    }
    while true {
      items.append(try value(depth: depth + 1))
      if stream.consume(.comma) != nil {
        skipLineBreaks()
        continue
      }
      if let close = stream.consume(.rightBracket) {
        return TextValue(kind: .list(items), range: open.range.union(close.range))
      }
      let found = stream.peek()
      try fail(
        "expected ',' or ']' in the list opened at \(open.range.start), found "
          + found.displayName, at: found)
    }
  }
}
