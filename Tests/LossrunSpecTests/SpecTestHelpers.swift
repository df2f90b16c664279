import LossrunDiagnostics
import Testing

@testable import LossrunSpec

/// Parses `text` as a whole expression at line 1, column 1.
func parseExpression(_ text: String) -> (Expression?, [Diagnostic]) {
  var diagnostics = DiagnosticCollector(path: "test")
  let expression = Expression.parse(text, into: &diagnostics)
  return (expression, diagnostics.diagnostics)
}

/// The printed form of a parsed expression, with explicit parentheses around every operation.
func fullyParenthesized(_ expression: Expression) -> String {
  switch expression.kind {
  case .number(let value): return Expression.numberText(value)
  case .name(let name): return name
  case .unary(let op, let operand):
    return "(" + (op == .not ? "not " : op.rawValue) + fullyParenthesized(operand) + ")"
  case .binary(let op, let left, let right):
    return "(" + fullyParenthesized(left) + " " + op.rawValue + " " + fullyParenthesized(right)
      + ")"
  case .call(let name, _, let arguments):
    return name + "(" + arguments.map(fullyParenthesized).joined(separator: ", ") + ")"
  case .evaluation(let name, _, let bindings):
    return name + "("
      + bindings.map { $0.input + ": " + fullyParenthesized($0.value) }.joined(separator: ", ")
      + ")"
  }
}

/// `text` parsed and printed with explicit parentheses, or the first diagnostic's message.
func grouping(_ text: String) -> String {
  let (expression, diagnostics) = parseExpression(text)
  guard let expression else { return "error: " + (diagnostics.first?.message ?? "none") }
  return fullyParenthesized(expression)
}

/// The single error `text` produces: its id, line, column and message.
func singleError(_ text: String) -> (id: String, line: Int, column: Int, message: String)? {
  let (expression, diagnostics) = parseExpression(text)
  guard expression == nil, diagnostics.count == 1, let first = diagnostics.first,
    let range = first.range
  else { return nil }
  return (first.id.rawValue, range.start.line, range.start.column, first.message)
}
