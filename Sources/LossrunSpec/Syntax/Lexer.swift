import LossrunDiagnostics

/// Splits expression or `.loss` text into tokens, one at a time.
///
/// The lexer never stops on bad input: a character the language does not use is reported
/// (`invalid-character`) and returned as an `.invalid` token, and lexing goes on. Problems are
/// collected in `diagnostics`, which the owner merges into its own collector.
///
/// Positions are 1-based lines and columns counted in Unicode scalars, starting at `start`, so a
/// YAML front end can lex one scalar's text at the scalar's place in the file.
public struct Lexer: Sendable {
  /// Which tokens the lexer produces.
  public enum Mode: Sendable {
    /// One expression: line breaks and comments are skipped like spaces.
    case expression
    /// A whole `.loss` file: line breaks and comments are tokens of their own.
    case file
  }

  /// What the lexer found wrong so far.
  public private(set) var diagnostics: DiagnosticCollector
  /// The mode.
  public let mode: Mode

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var location: SourceLocation

  /// Creates a lexer over `text`, whose first character is at `start` in the file at `path`.
  public init(
    _ text: String, startingAt start: SourceLocation = SourceLocation(line: 1, column: 1),
    path: String = "", mode: Mode = .expression
  ) {
    self.scalars = Array(text.unicodeScalars)
    self.location = start
    self.mode = mode
    self.diagnostics = DiagnosticCollector(path: path)
  }

  /// All tokens up to and including `.endOfInput`.
  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      let token = nextToken()
      tokens.append(token)
      if token.kind == .endOfInput { return tokens }
    }
  }

  /// The next token; `.endOfInput` once the text is exhausted (and on every call after that).
  public mutating func nextToken() -> Token {
    while let scalar = peek() {
      let start = location
      let startIndex = index
      switch scalar {
      case " ", "\t", "\u{FEFF}":
        advance()
      case "\n", "\r":
        advanceNewline()
        if mode == .file { return Token(.newline, "\n", at: SourceRange(start: start, end: start)) }
      case "#":
        while let next = peek(), next != "\n", next != "\r" { advance() }
        if mode == .file { return make(.comment, from: startIndex, start) }
      case "0"..."9", ".":
        return lexNumber(start: start)
      case "a"..."z", "A"..."Z", "_":
        return lexIdentifier(start: start)
      case "\"":
        return lexString(start: start)
      default:
        if let token = lexOperator(start: start) { return token }
        advance()
        let shown =
          scalar.properties.isWhitespace || scalar.value < 0x20
          ? "U+" + String(scalar.value, radix: 16, uppercase: true) : "'\(scalar)'"
        diagnostics.error(
          .invalidCharacter, "unexpected character \(shown) in an expression",
          at: SourceRange(start: start, end: location))
        return make(.invalid, from: startIndex, start)
      }
    }
    return Token(.endOfInput, "", at: .point(location))
  }

  // MARK: - Token kinds

  private mutating func lexNumber(start: SourceLocation) -> Token {
    let startIndex = index
    var sawDigits = false
    while let scalar = peek(), isDigit(scalar) {
      advance()
      sawDigits = true
    }
    if peek() == "." {
      advance()
      while let scalar = peek(), isDigit(scalar) {
        advance()
        sawDigits = true
      }
    }
    if !sawDigits {
      diagnostics.error(
        .expressionSyntax, "expected a digit after '.'",
        at: SourceRange(start: start, end: location))
      return make(.invalid, from: startIndex, start)
    }
    if let scalar = peek(), scalar == "e" || scalar == "E" {
      advance()
      if let sign = peek(), sign == "+" || sign == "-" { advance() }
      guard let digit = peek(), isDigit(digit) else {
        diagnostics.error(
          .expressionSyntax,
          "expected digits in the exponent of '\(text(from: startIndex))'",
          at: SourceRange(start: start, end: location))
        return make(.invalid, from: startIndex, start)
      }
      while let scalar = peek(), isDigit(scalar) { advance() }
    }
    return make(.number, from: startIndex, start)
  }

  /// The word before `.` in a data column's name (`data.u`).
  public static let dataPrefix = "data"

  private mutating func lexIdentifier(start: SourceLocation) -> Token {
    let startIndex = index
    while let scalar = peek(), isIdentifierContinuation(scalar) { advance() }
    // `data.NAME`, a column of a file sampler's data, is one name.
    if text(from: startIndex) == Self.dataPrefix, peek() == ".", let first = peek(1),
      first == "_" || first.properties.isAlphabetic && first.isASCII
    {
      advance()
      while let scalar = peek(), isIdentifierContinuation(scalar) { advance() }
    }
    let word = text(from: startIndex)
    let kind: Token.Kind =
      switch word {
      case "and": .and
      case "or": .or
      case "not": .not
      default: .identifier
      }
    return Token(kind, word, at: SourceRange(start: start, end: location))
  }

  private mutating func lexString(start: SourceLocation) -> Token {
    let startIndex = index
    advance()
    var escaped = false
    while let scalar = peek(), scalar != "\n", scalar != "\r" {
      advance()
      if escaped {
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else if scalar == "\"" {
        return make(.string, from: startIndex, start)
      }
    }
    diagnostics.error(
      .unterminatedString, "unterminated string literal; expected a closing '\"'",
      at: SourceRange(start: start, end: location))
    return make(.string, from: startIndex, start)
  }

  private mutating func lexOperator(start: SourceLocation) -> Token? {
    guard let first = peek() else { return nil }
    let second = peek(1)
    let twoCharacter: Token.Kind? =
      switch (first, second) {
      case ("=", "="): .equalEqual
      case ("!", "="): .bangEqual
      case ("<", "="): .lessEqual
      case (">", "="): .greaterEqual
      default: nil
      }
    let startIndex = index
    if let twoCharacter {
      advance()
      advance()
      return make(twoCharacter, from: startIndex, start)
    }
    guard let kind = Token.Kind(rawValue: String(first)), kind.rawValue.count == 1 else {
      return nil
    }
    advance()
    return make(kind, from: startIndex, start)
  }

  // MARK: - Scanning

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func advance() {
    index += 1
    location.column += 1
  }

  private mutating func advanceNewline() {
    if peek() == "\r", peek(1) == "\n" { index += 1 }
    index += 1
    location = SourceLocation(line: location.line + 1, column: 1)
  }

  private func text(from startIndex: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[startIndex..<index])
    return String(view)
  }

  private func make(_ kind: Token.Kind, from startIndex: Int, _ start: SourceLocation) -> Token {
    Token(kind, text(from: startIndex), at: SourceRange(start: start, end: location))
  }

  private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_": true
    default: false
    }
  }
}
