import LossrunDiagnostics
import LossrunSpec

/// Resolves one expression of a spec against a scope: names to inputs, constants, parameters,
/// network channels; calls to functions and derivatives; definitions inlined.
///
/// Problems are reported to `diagnostics` at the offending token, and resolution goes on so one
/// pass reports every independent mistake; a failed subtree makes the whole result nil.
struct ExpressionResolver {
  /// What an expression may read.
  enum Context {
    /// Only numbers and constants: constants and input bounds.
    case constant
    /// Inputs, constants and input-only definitions: predicates and exact solutions.
    case inputOnly
    /// Everything, including `dn` (its sampler is checked by the caller): residuals and
    /// definitions.
    case full
  }

  let scope: ExpressionScope
  let context: Context
  /// What the expression is, for messages: "a constant", "a predicate", ...
  let role: String
  var diagnostics: DiagnosticCollector
  var facts = ResolutionFacts()
  /// The data columns `data.NAME` may read (those of the term's file sampler); nil when the
  /// expression is not on a file sampler.
  var dataColumns: [String]?
  private var depth = 0
  private var reportedDepth = false

  init(scope: ExpressionScope, context: Context, role: String, path: String) {
    self.scope = scope
    self.context = context
    self.role = role
    self.diagnostics = DiagnosticCollector(path: path)
  }

  // MARK: Entry points

  /// Resolves a numeric expression, checking the size bound at the end.
  mutating func resolveNumber(_ expression: Expression) -> ResolvedExpression? {
    let result = number(expression)
    return checkedSize(result, at: expression.range)
  }

  /// Resolves a predicate, checking the size bound at the end.
  mutating func resolvePredicate(_ expression: Expression) -> ResolvedPredicate? {
    let result = predicate(expression)
    return facts.nodeCount > CheckLimits.maximumExpressionNodes
      ? tooLarge(at: expression.range) : result
  }

  private mutating func checkedSize(_ result: ResolvedExpression?, at range: SourceRange)
    -> ResolvedExpression?
  {
    facts.nodeCount > CheckLimits.maximumExpressionNodes ? tooLarge(at: range) : result
  }

  private mutating func tooLarge<T>(at range: SourceRange) -> T? {
    diagnostics.error(
      .expressionTooLarge,
      "\(role) has \(facts.nodeCount) nodes once definitions are inlined; at most "
        + "\(CheckLimits.maximumExpressionNodes) are allowed (simplify the definitions)",
      at: range)
    return nil
  }

  // MARK: Numbers

  /// Resolves a node that must be a number.
  mutating func number(_ expression: Expression) -> ResolvedExpression? {
    guard enter(expression) else { return nil }
    defer { depth -= 1 }
    facts.nodeCount += 1
    switch expression.kind {
    case .number(let value):
      return .number(value)
    case .name(let name):
      return resolveName(name, at: expression.range)
    case .unary(.not, _):
      return predicateWhereNumberNeeded(expression)
    case .unary(.negate, let operand):
      return number(operand).map(Self.negated)
    case .unary(.plus, let operand):
      return number(operand)
    case .binary(let operation, let left, let right):
      guard let arithmetic = Self.arithmetic(operation) else {
        return predicateWhereNumberNeeded(expression)
      }
      let lhs = number(left)
      let rhs = number(right)
      guard let lhs, let rhs else { return nil }
      return Self.folded(arithmetic, lhs, rhs)
    case .call(let name, let nameRange, let arguments):
      return resolveCall(name, nameRange: nameRange, arguments: arguments, at: expression.range)
    case .evaluation(let name, let nameRange, let bindings):
      return resolveEvaluation(name, nameRange: nameRange, bindings: bindings)
    }
  }

  private mutating func predicateWhereNumberNeeded(_ expression: Expression)
    -> ResolvedExpression?
  {
    diagnostics.error(
      .predicateAsNumber,
      "a comparison or logic operator yields a truth value, but \(role) needs a number here",
      at: expression.range)
    return nil
  }

  /// Guards the nesting depth; reports once when it is exceeded.
  private mutating func enter(_ expression: Expression) -> Bool {
    depth += 1
    if depth <= CheckLimits.maximumExpressionDepth { return true }
    if !reportedDepth {
      reportedDepth = true
      diagnostics.error(
        .expressionTooLarge,
        "\(role) nests deeper than \(CheckLimits.maximumExpressionDepth) levels; "
          + "split it into definitions",
        at: expression.range)
    }
    depth -= 1
    return false
  }

  static func arithmetic(_ operation: BinaryOperator) -> ArithmeticOperator? {
    switch operation {
    case .add: .add
    case .subtract: .subtract
    case .multiply: .multiply
    case .divide: .divide
    case .power: .power
    default: nil
    }
  }

  /// `-a`, folded when `a` is a number.
  static func negated(_ operand: ResolvedExpression) -> ResolvedExpression {
    if case .number(let value) = operand { return .number(-value) }
    return .negate(operand)
  }

  /// `a op b`, folded when both are numbers and the result is finite.
  static func folded(
    _ operation: ArithmeticOperator, _ lhs: ResolvedExpression,
    _ rhs: ResolvedExpression
  ) -> ResolvedExpression {
    if case .number(let left) = lhs, case .number(let right) = rhs {
      let value = operation.apply(left, right)
      if value.isFinite { return .number(value) }
    }
    return .binary(operation, lhs, rhs)
  }

  /// `f(a)`, folded when `a` is a number and the result is finite.
  static func folded(_ function: ElementaryFunction, _ operand: ResolvedExpression)
    -> ResolvedExpression
  {
    if case .number(let value) = operand, function.apply(value).isFinite {
      return .number(function.apply(value))
    }
    return .function(function, operand)
  }

  // MARK: Predicates

  /// Resolves a node that must be a truth value.
  mutating func predicate(_ expression: Expression) -> ResolvedPredicate? {
    guard enter(expression) else { return nil }
    defer { depth -= 1 }
    facts.nodeCount += 1
    switch expression.kind {
    case .unary(.not, let operand):
      return predicate(operand).map(ResolvedPredicate.not)
    case .binary(.and, let left, let right), .binary(.or, let left, let right):
      let lhs = predicate(left)
      let rhs = predicate(right)
      guard let lhs, let rhs else { return nil }
      if case .binary(.and, _, _) = expression.kind { return .and(lhs, rhs) }
      return .or(lhs, rhs)
    case .binary(let operation, let left, let right):
      guard let comparison = Self.comparison(operation) else { break }
      let lhs = number(left)
      let rhs = number(right)
      guard let lhs, let rhs else { return nil }
      return .comparison(comparison, lhs, rhs)
    default:
      break
    }
    diagnostics.error(
      .numberAsPredicate,
      "\(role) must be a truth value such as `x == 0` or `x < 0.5 and y > 0`, not a number",
      at: expression.range)
    return nil
  }

  static func comparison(_ operation: BinaryOperator) -> ComparisonOperator? {
    switch operation {
    case .equal: .equal
    case .notEqual: .notEqual
    case .less: .less
    case .lessOrEqual: .lessOrEqual
    case .greater: .greater
    case .greaterOrEqual: .greaterOrEqual
    default: nil
    }
  }
}
