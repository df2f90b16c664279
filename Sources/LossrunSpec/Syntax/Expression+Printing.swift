/// Source text for expressions, with the fewest parentheses that parse back to the same tree.
extension Expression: CustomStringConvertible {
  /// The expression as source text: `-lap(u) - (k^2 - 1) * exact`.
  ///
  /// Parsing the text gives a tree structurally equal to this one (see
  /// `isStructurallyEqual(to:)`). Binary operators are spaced except `^`; nested signs are
  /// parenthesized for readability (`-(-x)`).
  public var description: String { printed() }

  private func printed() -> String {
    switch kind {
    case .number(let value):
      let text = Self.numberText(value.magnitude)
      return value.sign == .minus ? "(-\(text))" : text
    case .name(let name):
      return name
    case .call(let name, _, let arguments):
      return name + "(" + arguments.map(\.description).joined(separator: ", ") + ")"
    case .evaluation(let name, _, let bindings):
      return name + "("
        + bindings.map { "\($0.input): \($0.value.description)" }.joined(separator: ", ") + ")"
    case .unary(let op, let operand):
      let needsParentheses: Bool
      if case .unary(let inner, _) = operand.kind {
        needsParentheses = inner != .not || op != .not
      } else {
        needsParentheses =
          !operand.isAtom && operand.precedence < (op == .not ? .comparison : .sign)
      }
      let body = needsParentheses ? "(\(operand.printed()))" : operand.printed()
      return op == .not ? "not " + body : op.rawValue + body
    case .binary(let op, let left, let right):
      let level = op.precedence
      let leftNeeds =
        !left.isAtom && left.precedence < level
        || (!left.isAtom && left.precedence == level
          && (op.isRightAssociative || op.isComparison))
      let rightNeeds =
        right.isPrefixOperation
        ? (op.precedence > .negation && right.isNot)
        : !right.isAtom
          && (right.precedence < level
            || (right.precedence == level && (!op.isRightAssociative || op.isComparison)))
      let leftText = leftNeeds ? "(\(left.printed()))" : left.printed()
      let rightText = rightNeeds ? "(\(right.printed()))" : right.printed()
      let separator = op == .power ? "" : " "
      return leftText + separator + op.rawValue + separator + rightText
    }
  }

  /// The binding strength of the node's outermost operator (atoms bind tightest).
  private var precedence: OperatorPrecedence {
    switch kind {
    case .number, .name, .call, .evaluation: .power
    case .unary(let op, _): op.precedence
    case .binary(let op, _, _): op.precedence
    }
  }

  /// Numbers, names and calls: never parenthesized (negative literals parenthesize themselves).
  private var isAtom: Bool {
    switch kind {
    case .number, .name, .call, .evaluation: true
    case .unary, .binary: false
    }
  }

  private var isPrefixOperation: Bool {
    if case .unary = kind { return true }
    return false
  }

  private var isNot: Bool {
    if case .unary(.not, _) = kind { return true }
    return false
  }

  /// The shortest text of a non-negative literal that reads back as the same value.
  static func numberText(_ magnitude: Double) -> String {
    if magnitude == magnitude.rounded(), magnitude < 1e15 {
      return String(Int64(magnitude))
    }
    return "\(magnitude)"
  }
}
