import Foundation

/// The one-argument functions of the expression language.
package enum ElementaryFunction: String, Hashable, Sendable, CaseIterable {
  case sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh

  /// The function applied to `value`.
  package func apply(_ value: Double) -> Double {
    switch self {
    case .sin: Foundation.sin(value)
    case .cos: Foundation.cos(value)
    case .tan: Foundation.tan(value)
    case .exp: Foundation.exp(value)
    case .log: Foundation.log(value)
    case .sqrt: value.squareRoot()
    case .abs: Swift.abs(value)
    case .tanh: Foundation.tanh(value)
    case .sinh: Foundation.sinh(value)
    case .cosh: Foundation.cosh(value)
    }
  }
}

/// The two-argument operations of the expression language: arithmetic operators and the
/// functions `pow`, `min`, `max` and `atan2`.
package enum ArithmeticOperator: String, Hashable, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  /// `a ^ b` and `pow(a, b)`.
  case power = "^"
  case minimum = "min"
  case maximum = "max"
  /// `atan2(y, x)`: the angle of the point (x, y) in (-π, π], left operand y.
  case arcTangent = "atan2"

  /// The operation applied to two numbers.
  package func apply(_ left: Double, _ right: Double) -> Double {
    switch self {
    case .add: left + right
    case .subtract: left - right
    case .multiply: left * right
    case .divide: left / right
    case .power: Foundation.pow(left, right)
    case .minimum: Swift.min(left, right)
    case .maximum: Swift.max(left, right)
    case .arcTangent: Foundation.atan2(left, right)
    }
  }
}

/// Comparisons in predicates.
package enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}
