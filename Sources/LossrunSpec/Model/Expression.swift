import LossrunDiagnostics

/// An expression as written in a spec, before names are resolved.
///
/// The syntax layer knows numbers, names, operators and calls only. What a name means (an input,
/// a constant, a network output, a derivative short form such as `u_xx`) and whether a call is a
/// derivative (`d(u, x)`, `lap(u)`, `dn(u)`) is decided by the checker, so both front ends share
/// one small tree. The grammar is in `grammar/expressions.ebnf`.
public struct Expression: Hashable, Sendable {
  /// The shape of an expression node.
  public indirect enum Kind: Hashable, Sendable {
    /// A numeric literal such as `1e-3`.
    case number(Double)
    /// An identifier: `x`, `k`, `pi`, `u`, `u_xy`.
    case name(String)
    /// A prefix operator applied to an operand.
    case unary(UnaryOperator, Expression)
    /// An infix operator applied to two operands.
    case binary(BinaryOperator, Expression, Expression)
    /// A call `name(arguments)`; `nameRange` is the range of the callee's name.
    case call(String, nameRange: SourceRange, arguments: [Expression])
    /// `name(x: a, t: b)`: the named function (a network output, a derivative short form or
    /// a definition) evaluated where the inputs take the given values; `nameRange` is the range
    /// of the callee's name.
    case evaluation(String, nameRange: SourceRange, at: [InputBinding])
  }

  /// The node.
  public var kind: Kind
  /// The source text of the whole expression node.
  public var range: SourceRange

  /// Creates a node.
  public init(_ kind: Kind, at range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// One `input: value` of an evaluation at another point, `u(x: -1)`.
public struct InputBinding: Hashable, Sendable {
  /// The input's name as written.
  public var input: String
  /// Where the input's name is written.
  public var inputRange: SourceRange
  /// The value the input takes: an expression of the inputs at the point.
  public var value: Expression

  /// Creates a binding.
  public init(input: String, inputRange: SourceRange, value: Expression) {
    self.input = input
    self.inputRange = inputRange
    self.value = value
  }
}

/// Prefix operators.
public enum UnaryOperator: String, Hashable, Sendable, CaseIterable {
  /// Arithmetic negation, `-x`.
  case negate = "-"
  /// Unary plus, `+x` (no effect).
  case plus = "+"
  /// Logical negation in predicates, `not p`.
  case not = "not"
}

/// Infix operators, from arithmetic to comparisons and logic.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  /// Exponentiation, right-associative: `a^b^c` is `a^(b^c)`, and `-x^2` is `-(x^2)`.
  case power = "^"
  /// Equality within a tolerance (for boundary predicates such as `x == 0`).
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case and = "and"
  case or = "or"

  /// Whether the operator yields a truth value (comparison or logic) rather than a number.
  public var isPredicate: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide, .power: false
    default: true
    }
  }
}
