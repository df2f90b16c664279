/// The binding strength of the expression language's operators, lowest to highest.
///
/// `or` < `and` < `not` (prefix) < comparisons (non-associative) < `+ -` < `* /` < unary `- +`
/// < `^` (right-associative). The parser and the printer both read this table, so what the
/// printer leaves unparenthesized parses back to the same tree. See `grammar/expressions.ebnf`.
public enum OperatorPrecedence: Int, Comparable, Sendable, CaseIterable {
  /// `or`
  case disjunction = 1
  /// `and`
  case conjunction
  /// prefix `not`
  case negation
  /// `== != < <= > >=`
  case comparison
  /// `+ -`
  case additive
  /// `* /`
  case multiplicative
  /// prefix `-` and `+`
  case sign
  /// `^`
  case power

  /// Orders precedence levels from the loosest to the tightest binding.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The next higher level (power is the highest and returns itself).
  var next: Self { Self(rawValue: rawValue + 1) ?? .power }
}

extension BinaryOperator {
  /// How strongly the operator binds.
  public var precedence: OperatorPrecedence {
    switch self {
    case .or: .disjunction
    case .and: .conjunction
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: .comparison
    case .add, .subtract: .additive
    case .multiply, .divide: .multiplicative
    case .power: .power
    }
  }

  /// Whether `a op b op c` groups as `a op (b op c)` (only `^`).
  public var isRightAssociative: Bool { self == .power }

  /// Whether the operator is a comparison, which cannot be chained (`a < b < c` is an error).
  public var isComparison: Bool { precedence == .comparison }

  /// The operator a token spells, if any.
  init?(token kind: Token.Kind) {
    switch kind {
    case .plus: self = .add
    case .minus: self = .subtract
    case .star: self = .multiply
    case .slash: self = .divide
    case .caret: self = .power
    case .equalEqual: self = .equal
    case .bangEqual: self = .notEqual
    case .less: self = .less
    case .lessEqual: self = .lessOrEqual
    case .greater: self = .greater
    case .greaterEqual: self = .greaterOrEqual
    case .and: self = .and
    case .or: self = .or
    default: return nil
    }
  }
}

extension UnaryOperator {
  /// How strongly the prefix operator binds: `not` below comparisons, signs below `^`.
  public var precedence: OperatorPrecedence {
    self == .not ? .negation : .sign
  }
}
