import LossrunDiagnostics
import Testing

@testable import LossrunSpec

@Suite struct ExpressionPrintingTests {
  @Test(arguments: [
    ("-lap(u) - (k^2 - 1) * exact", "-lap(u) - (k^2 - 1) * exact"),
    ("((a + b)) + c", "a + b + c"),
    ("a - (b - c)", "a - (b - c)"),
    ("a - (b + c)", "a - (b + c)"),
    ("(a^b)^c", "(a^b)^c"),
    ("a^(b^c)", "a^b^c"),
    ("(-x)^2", "(-x)^2"),
    ("-(x^2)", "-x^2"),
    ("2^(-1)", "2^-1"),
    ("(not a) and b", "not a and b"),
    ("not (a and b)", "not (a and b)"),
    ("(a < b) == c", "(a < b) == c"),
    ("x == 0 or (y == 1 and z > 2)", "x == 0 or y == 1 and z > 2"),
    ("(x == 0 or y == 1) and z > 2", "(x == 0 or y == 1) and z > 2"),
    ("- (- x)", "-(-x)"),
    ("(not a) == b", "(not a) == b"),
    ("a / (b * c)", "a / (b * c)"),
    ("(a / b) * c", "a / b * c"),
    ("f(a, (b))", "f(a, b)"),
    ("1.5e-7 + 100 + 1e20", "1.5e-07 + 100 + 1e+20"),
  ])
  func printsMinimalParenthesesAndRoundTrips(text: String, expected: String) throws {
    let (parsed, _) = parseExpression(text)
    let expression = try #require(parsed)
    #expect(expression.description == expected)
    let (reparsed, diagnostics) = parseExpression(expression.description)
    #expect(diagnostics.isEmpty)
    #expect(reparsed.map { expression.isStructurallyEqual(to: $0) } == true)
  }

  @Test func negativeLiteralsInBuiltTreesArePrintedSafely() throws {
    let range = SourceRange.point(SourceLocation(line: 1, column: 1))
    let tree = Expression(
      .binary(.power, Expression(.number(-2), at: range), Expression(.name("x"), at: range)),
      at: range)
    #expect(tree.description == "(-2)^x")
  }

  @Test func structuralEqualityIgnoresRangesOnly() throws {
    let (a, _) = parseExpression("a + f(b, 2)")
    let (b, _) = parseExpression("  a+f( b,2 )")
    let (c, _) = parseExpression("a + f(b, 3)")
    let left = try #require(a)
    #expect(left.isStructurallyEqual(to: try #require(b)))
    #expect(!left.isStructurallyEqual(to: try #require(c)))
    #expect(left != (try #require(b)))
  }
}
