import LossrunDiagnostics
import Testing

@testable import LossrunSpec

@Suite struct LexerTests {
  private func kinds(_ text: String, mode: Lexer.Mode = .expression) -> [Token.Kind] {
    var lexer = Lexer(text, mode: mode)
    return lexer.tokenize().map(\.kind)
  }

  @Test func numbersInEveryForm() {
    var lexer = Lexer("1 1.5 .5 1e-3 2E+3 10.")
    let tokens = lexer.tokenize()
    #expect(tokens.map(\.kind) == Array(repeating: .number, count: 6) + [.endOfInput])
    #expect(tokens.map(\.text) == ["1", "1.5", ".5", "1e-3", "2E+3", "10.", ""])
    #expect(lexer.diagnostics.diagnostics.isEmpty)
  }

  @Test func identifiersAndKeywords() {
    var lexer = Lexer("u_xx _a1 and or not andy")
    let tokens = lexer.tokenize()
    #expect(
      tokens.map(\.kind) == [.identifier, .identifier, .and, .or, .not, .identifier, .endOfInput])
    #expect(tokens[5].text == "andy")
  }

  @Test func operatorsAndPunctuation() {
    let text = "+ - * / ^ == != < <= > >= ( ) [ ] { } , : ="
    #expect(
      kinds(text) == [
        .plus, .minus, .star, .slash, .caret, .equalEqual, .bangEqual, .less, .lessEqual,
        .greater, .greaterEqual, .leftParen, .rightParen, .leftBracket, .rightBracket,
        .leftBrace, .rightBrace, .comma, .colon, .equal, .endOfInput,
      ])
  }

  @Test func stringLiteralsWithEscapes() {
    var lexer = Lexer(#""a \"b\" \\ c\n""#)
    let token = lexer.nextToken()
    #expect(token.kind == .string)
    #expect(token.stringValue == "a \"b\" \\ c\n")
  }

  @Test func unterminatedStringIsReported() {
    var lexer = Lexer("\"abc")
    #expect(lexer.tokenize().first?.kind == .string)
    #expect(lexer.diagnostics.diagnostics.map(\.id) == [.unterminatedString])
  }

  @Test func fileModeKeepsNewlinesAndComments() {
    #expect(
      kinds("a = 1 # note\nb", mode: .file) == [
        .identifier, .equal, .number, .comment, .newline, .identifier, .endOfInput,
      ])
    #expect(kinds("a # note\r\nb") == [.identifier, .identifier, .endOfInput])
  }

  @Test func positionsStartAtTheGivenLocationAndCountScalars() {
    var lexer = Lexer("é + x\n  y", startingAt: SourceLocation(line: 3, column: 10))
    let tokens = lexer.tokenize()
    // 'é' is not an identifier character: reported, then lexing goes on.
    #expect(tokens[0].kind == .invalid)
    #expect(tokens[0].range == SourceRange(line: 3, columns: 10..<11))
    #expect(tokens[1].range == SourceRange(line: 3, columns: 12..<13))
    #expect(tokens[2].range == SourceRange(line: 3, columns: 14..<15))
    #expect(tokens[3].range == SourceRange(line: 4, columns: 3..<4))
    #expect(lexer.diagnostics.diagnostics.count == 1)
    #expect(lexer.diagnostics.diagnostics.first?.id == .invalidCharacter)
  }

  @Test func badCharactersAreReportedAndLexingContinues() {
    var lexer = Lexer("a $ b @ c")
    let tokens = lexer.tokenize()
    #expect(
      tokens.map(\.kind) == [
        .identifier, .invalid, .identifier, .invalid, .identifier, .endOfInput,
      ])
    #expect(lexer.diagnostics.diagnostics.map { $0.range?.start.column } == [3, 7])
  }

  @Test func malformedNumbers() {
    var lexer = Lexer("1e+ .")
    let tokens = lexer.tokenize()
    #expect(tokens.map(\.kind) == [.invalid, .invalid, .endOfInput])
    #expect(lexer.diagnostics.diagnostics.map(\.id) == [.expressionSyntax, .expressionSyntax])
  }

  @Test func endOfInputRepeats() {
    var stream = TokenStream("x")
    #expect(stream.advance().kind == .identifier)
    #expect(stream.advance().kind == .endOfInput)
    #expect(stream.advance().kind == .endOfInput)
  }
}
