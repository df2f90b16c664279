import Foundation
import LossrunCheck

/// What interval arithmetic proves about an input-only expression or predicate over a box of
/// inputs: bounds of the expression's values at every point of the box, and whether a predicate
/// holds at all of them, at none, or cannot be told.
///
/// The bounds are conservative (each operation's result range encloses its value for any
/// operands in the operand ranges), and proofs of a comparison keep a relative slack of 1e-12 so
/// the rounding of the point-by-point evaluation cannot contradict them. Operations without a
/// cheap enclosure (`atan2`, `log`, `tan`, ...) give no bounds and make the predicate unknown.
package enum SelectionBounds {
  /// A closed interval of values.
  package typealias Interval = (lower: Double, upper: Double)

  /// Bounds of `expression` over `box`, or nil when none can be given.
  package static func interval(
    of expression: ResolvedExpression, over box: BoundingBox, parameters: [Double]
  ) -> Interval? {
    let result: Interval?
    switch expression {
    case .number(let value): result = (value, value)
    case .input(let index):
      guard box.lower.indices.contains(index) else { return nil }
      result = (box.lower[index], box.upper[index])
    case .parameter(let index):
      guard parameters.indices.contains(index) else { return nil }
      result = (parameters[index], parameters[index])
    case .network, .laplacian, .normalDerivative, .data, .evaluated: return nil
    case .negate(let operand):
      guard let a = interval(of: operand, over: box, parameters: parameters) else { return nil }
      result = (-a.upper, -a.lower)
    case .function(let function, let operand):
      guard let a = interval(of: operand, over: box, parameters: parameters) else { return nil }
      result = apply(function, a)
    case .binary(let operation, let left, let right):
      guard let a = interval(of: left, over: box, parameters: parameters),
        let b = interval(of: right, over: box, parameters: parameters)
      else { return nil }
      result = apply(operation, a, b)
    }
    guard let result, !result.lower.isNaN, !result.upper.isNaN else { return nil }
    return result
  }

  /// Whether `predicate` holds at every point of `box` (true), at none (false), or unknown (nil).
  package static func truth(
    of predicate: ResolvedPredicate, over box: BoundingBox, parameters: [Double]
  ) -> Bool? {
    switch predicate {
    case .comparison(let comparison, let left, let right):
      guard let a = interval(of: left, over: box, parameters: parameters),
        let b = interval(of: right, over: box, parameters: parameters)
      else { return nil }
      return compare(comparison, a, b)
    case .and(let left, let right):
      let (p, q) = (
        truth(of: left, over: box, parameters: parameters),
        truth(of: right, over: box, parameters: parameters)
      )
      if p == false || q == false { return false }
      return p == true && q == true ? true : nil
    case .or(let left, let right):
      let (p, q) = (
        truth(of: left, over: box, parameters: parameters),
        truth(of: right, over: box, parameters: parameters)
      )
      if p == true || q == true { return true }
      return p == false && q == false ? false : nil
    case .not(let operand):
      return truth(of: operand, over: box, parameters: parameters).map { !$0 }
    }
  }

  /// What a comparison of any value in `a` with any value in `b` gives, when it is the same for
  /// all of them.
  static func compare(_ comparison: ComparisonOperator, _ a: Interval, _ b: Interval) -> Bool? {
    let slack = 1e-12 * max(1, abs(a.lower), abs(a.upper), abs(b.lower), abs(b.upper))
    switch comparison {
    case .less, .lessOrEqual:
      if a.upper < b.lower - slack { return true }
      if a.lower > b.upper + slack { return false }
      return nil
    case .greater, .greaterOrEqual:
      if a.lower > b.upper + slack { return true }
      if a.upper < b.lower - slack { return false }
      return nil
    case .equal, .notEqual:
      // Only single values compare the same way everywhere (a face coordinate `x == 0`).
      guard a.lower == a.upper, b.lower == b.upper else { return nil }
      return ResolvedPredicate.compare(comparison, a.lower, b.lower)
    }
  }

  static func apply(_ function: ElementaryFunction, _ a: Interval) -> Interval? {
    switch function {
    case .abs:
      if a.lower >= 0 { return a }
      if a.upper <= 0 { return (-a.upper, -a.lower) }
      return (0, max(-a.lower, a.upper))
    case .sin, .cos: return (-1, 1)
    case .sqrt: return a.lower >= 0 ? (a.lower.squareRoot(), a.upper.squareRoot()) : nil
    case .exp: return (Foundation.exp(a.lower), Foundation.exp(a.upper))
    case .tanh: return (Foundation.tanh(a.lower), Foundation.tanh(a.upper))
    case .tan, .log, .sinh, .cosh: return nil
    }
  }

  static func apply(_ operation: ArithmeticOperator, _ a: Interval, _ b: Interval) -> Interval? {
    switch operation {
    case .add: return (a.lower + b.lower, a.upper + b.upper)
    case .subtract: return (a.lower - b.upper, a.upper - b.lower)
    case .multiply:
      let products = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
      return (products.min()!, products.max()!)
    case .divide:
      guard b.lower > 0 || b.upper < 0 else { return nil }
      let quotients = [a.lower / b.lower, a.lower / b.upper, a.upper / b.lower, a.upper / b.upper]
      return (quotients.min()!, quotients.max()!)
    case .minimum: return (min(a.lower, b.lower), min(a.upper, b.upper))
    case .maximum: return (max(a.lower, b.lower), max(a.upper, b.upper))
    case .power, .arcTangent: return nil
    }
  }
}
