import LossrunDiagnostics
import Testing

@testable import LossrunSpec

@Suite struct ExpressionParserTests {
  @Test(arguments: [
    ("-x^2", "(-(x ^ 2))"),
    ("a^b^c", "(a ^ (b ^ c))"),
    ("a-b-c", "((a - b) - c)"),
    ("a/b/c", "((a / b) / c)"),
    ("not a and b", "((not a) and b)"),
    ("x == 0 or y == 1", "((x == 0) or (y == 1))"),
    ("a or b and c", "(a or (b and c))"),
    ("not x < 1", "(not (x < 1))"),
    ("a + b * c", "(a + (b * c))"),
    ("a * b + c", "((a * b) + c)"),
    ("-a * b", "((-a) * b)"),
    ("2^-1", "(2 ^ (-1))"),
    ("2^-x*3", "((2 ^ (-x)) * 3)"),
    ("a * -b", "(a * (-b))"),
    ("+a - -b", "((+a) - (-b))"),
    ("(a + b) * c", "((a + b) * c)"),
    ("a + b < c * d", "((a + b) < (c * d))"),
    ("x <= 1 and x >= 0 and x != 0.5", "(((x <= 1) and (x >= 0)) and (x != 0.5))"),
    ("a > b", "(a > b)"),
    ("not not a", "(not (not a))"),
    ("a and not b", "(a and (not b))"),
    ("-lap(u) - (k^2 - 1) * exact", "((-lap(u)) - (((k ^ 2) - 1) * exact))"),
    ("d(u, x, 2)", "d(u, x, 2)"),
    ("f()", "f()"),
    ("max(a, b + c, -d)", "max(a, (b + c), (-d))"),
    ("1e-3", "0.001"),
    ("u(x: -1) - u(x: 1)", "(u(x: (-1)) - u(x: 1))"),
    ("u_x(x: 1 - x, t: 2*t)^2", "(u_x(x: (1 - x), t: (2 * t)) ^ 2)"),
  ])
  func precedenceAndAssociativity(text: String, expected: String) {
    #expect(grouping(text) == expected)
  }

  @Test func rangesCoverTheWrittenText() throws {
    var diagnostics = DiagnosticCollector(path: "t")
    let start = SourceLocation(line: 5, column: 8)
    let expression = try #require(Expression.parse("(a + f(b))*2", at: start, into: &diagnostics))
    #expect(expression.range == SourceRange(line: 5, columns: 8..<20))
    guard case .binary(.multiply, let left, let right) = expression.kind else {
      Issue.record("not a product")
      return
    }
    #expect(left.range == SourceRange(line: 5, columns: 8..<18))
    #expect(right.range == SourceRange(line: 5, columns: 19..<20))
    guard case .binary(.add, _, let call) = left.kind,
      case .call("f", let nameRange, _) = call.kind
    else {
      Issue.record("not a sum with a call")
      return
    }
    #expect(nameRange == SourceRange(line: 5, columns: 13..<14))
    #expect(call.range == SourceRange(line: 5, columns: 13..<17))
  }

  @Test(arguments: [
    ("a * ", 5, "expected an operand after '*', found end of expression"),
    ("a + b)", 6, "unbalanced ')': there is no '(' to close"),
    ("(a + b", 7, "expected ')' to close the '(' at 1:1, found end of expression"),
    (
      "2x", 2,
      "expected an operator before name 'x'; there is no implicit multiplication (write '2*x', not '2x' or '2 x')"
    ),
    (
      "2 (x)", 3,
      "expected an operator before '('; there is no implicit multiplication (write '2*x', not '2x' or '2 x')"
    ),
    (
      "a < b < c", 7,
      "comparisons cannot be chained: '<' follows another comparison; combine them with 'and'"
    ),
    ("", 1, "expected an expression, found end of expression"),
    (")", 1, "expected an expression, found ')'"),
    ("f(a,)", 5, "expected an argument after ',', found ')'"),
    ("f(a b)", 5, "expected ',' or ')' after an argument of 'f(' at 1:2, found name 'b'"),
    (
      "a == not b", 6,
      "'not' applies to a whole comparison; put it in parentheses here: '(not ...)'"
    ),
    ("()", 2, "empty parentheses '()': expected an expression inside"),
    ("a , b", 3, "unexpected ',' after the end of the expression"),
    ("a + * b", 5, "expected an operand after '+', found '*'"),
    ("u(x: 1, 2)", 9, "expected 'input: value' in 'u(' at 1:2, found number '2'"),
    ("u(x: 1 t: 2)", 8, "expected ',' or ')' after a value in 'u(' at 1:2, found name 't'"),
    ("u(x: )", 6, "expected an operand after ':', found ')'"),
  ])
  func syntaxErrorsAtTheFirstBadToken(text: String, column: Int, message: String) throws {
    let error = try #require(singleError(text))
    #expect(error.id == "expression-syntax")
    #expect(error.line == 1)
    #expect(error.column == column)
    #expect(error.message == message)
  }

  @Test func overflowingNumberIsReported() throws {
    let error = try #require(singleError("1 + 1e999"))
    #expect(error.id == "non-finite-number")
    #expect(error.column == 5)
  }

  @Test func badCharacterGivesOneDiagnostic() throws {
    let error = try #require(singleError("a $ b"))
    #expect(error.id == "invalid-character")
    #expect(error.column == 3)
    let operand = try #require(singleError("a + $"))
    #expect(operand.id == "invalid-character")
  }

  @Test func deepNestingIsRefusedWithoutOverflowingTheStack() throws {
    let deep = String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000)
    let error = try #require(singleError(deep))
    #expect(error.id == "expression-too-deep")
    let signs = String(repeating: "-", count: 100_000) + "x"
    #expect(singleError(signs)?.id == "expression-too-deep")
    let powers = Array(repeating: "x", count: 50_000).joined(separator: "^")
    #expect(singleError(powers)?.id == "expression-too-deep")
    let sum = Array(repeating: "x", count: 50_000).joined(separator: "+")
    #expect(singleError(sum)?.id == "expression-too-deep")
  }

  @Test func nestingWithinTheLimitParses() {
    let nested = String(repeating: "(", count: 150) + "x" + String(repeating: ")", count: 150)
    #expect(grouping(nested) == "x")
    let sum = Array(repeating: "x", count: 500).joined(separator: " + ")
    #expect(parseExpression(sum).0 != nil)
  }

  @Test func streamParsingStopsAtTheFirstTokenThatCannotContinue() throws {
    var stream = TokenStream("a = x + 1\nb = (y\n  + 2) # c\n", mode: .file)
    var diagnostics = DiagnosticCollector(path: "t")
    #expect(stream.advance().text == "a")
    #expect(stream.advance().kind == .equal)
    let first = try #require(ExpressionParser.parse(&stream, into: &diagnostics))
    #expect(fullyParenthesized(first) == "(x + 1)")
    #expect(stream.advance().kind == .newline)
    #expect(stream.advance().text == "b")
    #expect(stream.advance().kind == .equal)
    let second = try #require(ExpressionParser.parse(&stream, into: &diagnostics))
    #expect(fullyParenthesized(second) == "(y + 2)")
    #expect(stream.advance().kind == .comment)
    #expect(stream.advance().kind == .newline)
    #expect(stream.advance().kind == .endOfInput)
    #expect(diagnostics.diagnostics.isEmpty)
  }
}

@Suite struct ExpressionParserLimitsTests {
  @Test func tighterLimitsRejectWhatTheDefaultsAccept() {
    var diagnostics = DiagnosticCollector(path: "t")
    let tight = ExpressionParser.Limits(maximumNesting: 3, maximumHeight: 1000)
    let text = "((((x))))"
    #expect(
      ExpressionParser.parse(text, at: SourceLocation(line: 1, column: 1), into: &diagnostics)
        != nil)
    #expect(diagnostics.diagnostics.isEmpty)
    let rejected = ExpressionParser.parse(
      text, at: SourceLocation(line: 1, column: 1), limits: tight, into: &diagnostics)
    #expect(rejected == nil)
    #expect(diagnostics.diagnostics.map(\.id) == [.expressionTooDeep])
  }
}
