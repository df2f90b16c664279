import LossrunDiagnostics

/// Thrown to unwind the parser after the first error has been reported.
struct ExpressionParseFailure: Error {}

/// Parses expressions by precedence climbing over a `TokenStream`.
///
/// `parse(_:limits:into:)` reads one expression and stops at the first token that cannot
/// continue it, so the `.loss` parser can call it in the middle of a statement;
/// `parse(_:at:limits:into:)` reads a whole string (a YAML scalar) and rejects anything left
/// over. The first bad token ends the expression with one `expression-syntax` error that says
/// what was expected there.
///
/// Nesting is bounded (`Limits`) so no input can exhaust the stack, neither here nor in the code
/// that later walks the tree. A value of this type is one parse in progress: the stream, the
/// diagnostics, and how deep it is.
public struct ExpressionParser {
  /// A parsed node with the height of its tree.
  struct Node {
    var expression: Expression
    var height: Int
  }

  var stream: TokenStream
  var diagnostics: DiagnosticCollector
  let limits: Limits
  private var nesting = 0
  private var bracketDepth = 0
  private var previous: Token?

  init(stream: TokenStream, diagnostics: DiagnosticCollector, limits: Limits) {
    self.stream = stream
    self.diagnostics = diagnostics
    self.limits = limits
  }

  // MARK: - Entry points

  mutating func parseExpression() throws(ExpressionParseFailure) -> Expression {
    try parseBinary(.disjunction).expression
  }

  mutating func parseWholeText() throws(ExpressionParseFailure) -> Expression {
    let expression = try parseExpression()
    let token = stream.peek()
    guard token.kind == .endOfInput else { try reportTrailing(token) }
    return expression
  }

  // MARK: - Grammar

  private mutating func parseBinary(_ minimum: OperatorPrecedence)
    throws(ExpressionParseFailure) -> Node
  {
    nesting += 1
    defer { nesting -= 1 }
    if nesting > limits.maximumNesting {
      try fail(
        .expressionTooDeep,
        "expression nests more than \(limits.maximumNesting) levels deep", at: stream.peek())
    }
    var left = try parsePrefix(minimum)
    var leftIsComparison = false
    while true {
      skipTriviaInsideBrackets()
      let token = stream.peek()
      guard let op = BinaryOperator(token: token.kind), op.precedence >= minimum else { break }
      if op.isComparison, leftIsComparison {
        try fail(
          .expressionSyntax,
          "comparisons cannot be chained: '\(token.text)' follows another comparison; "
            + "combine them with 'and'", at: token)
      }
      take()
      let right = try parseBinary(op.isRightAssociative ? op.precedence : op.precedence.next)
      left = try combine(op, left, right, at: token)
      leftIsComparison = op.isComparison
    }
    return left
  }

  private mutating func parsePrefix(_ minimum: OperatorPrecedence)
    throws(ExpressionParseFailure) -> Node
  {
    skipTriviaInsideBrackets()
    let token = stream.peek()
    let op: UnaryOperator
    switch token.kind {
    case .minus: op = .negate
    case .plus: op = .plus
    case .not:
      if minimum > .negation {
        try fail(
          .expressionSyntax,
          "'not' applies to a whole comparison; put it in parentheses here: '(not ...)'",
          at: token)
      }
      op = .not
    default:
      return try parsePrimary()
    }
    take()
    let operand =
      op == .not && stream.peek().kind == .not
      ? try parsePrefix(.negation) : try parseBinary(op == .not ? .comparison : .sign)
    let range = token.range.union(operand.expression.range)
    return Node(
      expression: Expression(.unary(op, operand.expression), at: range),
      height: operand.height + 1)
  }

  private mutating func parsePrimary() throws(ExpressionParseFailure) -> Node {
    skipTriviaInsideBrackets()
    let token = stream.peek()
    switch token.kind {
    case .number:
      take()
      return Node(
        expression: Expression(.number(try numberValue(token)), at: token.range), height: 1)
    case .identifier:
      take()
      if stream.peek().kind == .leftParen { return try parseCall(name: token) }
      return Node(expression: Expression(.name(token.text), at: token.range), height: 1)
    case .leftParen:
      take()
      bracketDepth += 1
      let inner = try parseBinary(.disjunction)
      skipTriviaInsideBrackets()
      guard let close = stream.consume(.rightParen) else {
        try fail(
          .expressionSyntax,
          "expected ')' to close the '(' at \(token.range.start), found \(describe(stream.peek()))",
          at: stream.peek())
      }
      previous = close
      bracketDepth -= 1
      var expression = inner.expression
      expression.range = token.range.union(close.range)
      return Node(expression: expression, height: inner.height)
    default:
      try failExpectedOperand(found: token)
    }
  }

  private mutating func parseCall(name: Token) throws(ExpressionParseFailure) -> Node {
    let open = take()
    bracketDepth += 1
    var arguments: [Expression] = []
    var height = 1
    skipTriviaInsideBrackets()
    if let close = stream.consume(.rightParen) {
      previous = close
      bracketDepth -= 1
      return Node(
        expression: Expression(
          .call(name.text, nameRange: name.range, arguments: []),
          at: name.range.union(close.range)), height: 1)
    }
    // `name(x: a, t: b)`, an evaluation at another point, names every argument.
    let labelled = stream.peek().kind == .identifier && stream.peek(1).kind == .colon
    var bindings: [InputBinding] = []
    while true {
      if labelled {
        skipTriviaInsideBrackets()
        let input = stream.peek()
        guard input.kind == .identifier, stream.peek(1).kind == .colon else {
          try fail(
            .expressionSyntax,
            "expected 'input: value' in '\(name.text)(' at \(open.range.start), found "
              + describe(input), at: input)
        }
        take()
        take()
        let value = try parseBinary(.disjunction)
        bindings.append(
          InputBinding(input: input.text, inputRange: input.range, value: value.expression))
        height = max(height, value.height + 1)
      } else {
        let argument = try parseBinary(.disjunction)
        arguments.append(argument.expression)
        height = max(height, argument.height + 1)
      }
      skipTriviaInsideBrackets()
      let token = stream.peek()
      if token.kind == .comma {
        take()
        continue
      }
      if token.kind == .rightParen {
        take()
        bracketDepth -= 1
        let kind: Expression.Kind =
          labelled
          ? .evaluation(name.text, nameRange: name.range, at: bindings)
          : .call(name.text, nameRange: name.range, arguments: arguments)
        return Node(expression: Expression(kind, at: name.range.union(token.range)), height: height)
      }
      let after = labelled ? "a value in" : "an argument of"
      try fail(
        .expressionSyntax,
        "expected ',' or ')' after \(after) '\(name.text)(' at \(open.range.start), "
          + "found \(describe(token))", at: token)
    }
  }

  // MARK: - Helpers

  private mutating func combine(_ op: BinaryOperator, _ left: Node, _ right: Node, at token: Token)
    throws(ExpressionParseFailure) -> Node
  {
    let height = max(left.height, right.height) + 1
    if height > limits.maximumHeight {
      try fail(
        .expressionTooDeep,
        "expression is too large: more than \(limits.maximumHeight) nested operations",
        at: token)
    }
    let range = left.expression.range.union(right.expression.range)
    return Node(
      expression: Expression(.binary(op, left.expression, right.expression), at: range),
      height: height)
  }

  private mutating func numberValue(_ token: Token) throws(ExpressionParseFailure) -> Double {
    guard let value = Double(token.text), value.isFinite else {
      try fail(
        .nonFiniteNumber,
        "number '\(token.text)' is too large: it overflows to infinity", at: token)
    }
    return value
  }

  @discardableResult
  private mutating func take() -> Token {
    let token = stream.advance()
    previous = token
    return token
  }

  private mutating func skipTriviaInsideBrackets() {
    guard bracketDepth > 0 else { return }
    while stream.peek().kind == .newline || stream.peek().kind == .comment { stream.advance() }
  }

  private func describe(_ token: Token) -> String { token.displayName }

  private mutating func failExpectedOperand(found token: Token) throws(ExpressionParseFailure)
    -> Never
  {
    if token.kind == .invalid { throw ExpressionParseFailure() }  // the lexer reported it
    let found = describe(token)
    let message: String
    switch previous?.kind {
    case nil: message = "expected an expression, found \(found)"
    case .leftParen? where token.kind == .rightParen:
      message = "empty parentheses '()': expected an expression inside"
    case .leftParen?: message = "expected an expression after '(', found \(found)"
    case .comma?: message = "expected an argument after ',', found \(found)"
    case _?: message = "expected an operand after '\(previous?.text ?? "")', found \(found)"
    }
    try fail(.expressionSyntax, message, at: token)
  }

  private mutating func reportTrailing(_ token: Token) throws(ExpressionParseFailure) -> Never {
    if token.kind == .invalid { throw ExpressionParseFailure() }
    switch token.kind {
    case .rightParen:
      try fail(.expressionSyntax, "unbalanced ')': there is no '(' to close", at: token)
    case .number, .identifier, .leftParen:
      try fail(
        .expressionSyntax,
        "expected an operator before \(describe(token)); there is no implicit multiplication "
          + "(write '2*x', not '2x' or '2 x')", at: token)
    default:
      try fail(
        .expressionSyntax, "unexpected \(describe(token)) after the end of the expression",
        at: token)
    }
  }

  private mutating func fail(_ id: DiagnosticID, _ message: String, at token: Token)
    throws(ExpressionParseFailure) -> Never
  {
    diagnostics.error(id, message, at: token.range)
    throw ExpressionParseFailure()
  }
}
