/// A checked predicate over the inputs, such as `x == 0 or y == 1`, that selects part of a
/// sampler's region.
package indirect enum ResolvedPredicate: Hashable, Sendable {
  /// The relative tolerance of `==` (and of `!=`, its negation).
  ///
  /// `a == b` holds when `|a − b| ≤ equalityTolerance · max(1, |a|, |b|)`. It is loose enough
  /// for points that were computed in float32 or for bounds such as `2*pi` written twice, and
  /// tight enough that no interior grid point of a sensibly sized box counts as on a face.
  package static let equalityTolerance = 1e-6

  /// A comparison of two input-only numeric expressions.
  case comparison(ComparisonOperator, ResolvedExpression, ResolvedExpression)
  /// Both hold.
  case and(ResolvedPredicate, ResolvedPredicate)
  /// Either holds.
  case or(ResolvedPredicate, ResolvedPredicate)
  /// The operand does not hold.
  case not(ResolvedPredicate)

  /// Whether `a == b` within `equalityTolerance`.
  package static func approximatelyEqual(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= equalityTolerance * max(1, abs(a), abs(b))
  }

  /// Whether the predicate holds at a point (one value per spec input); nil when an expression
  /// cannot be evaluated there (it reads the network, or an index is out of range). A comparison
  /// involving NaN is false.
  package func holds(inputs: [Double], parameters: [Double] = []) -> Bool? {
    switch self {
    case .comparison(let comparison, let left, let right):
      guard let lhs = left.value(inputs: inputs, parameters: parameters),
        let rhs = right.value(inputs: inputs, parameters: parameters)
      else { return nil }
      return Self.compare(comparison, lhs, rhs)
    case .and(let left, let right):
      guard let lhs = left.holds(inputs: inputs, parameters: parameters) else { return nil }
      if !lhs { return false }
      return right.holds(inputs: inputs, parameters: parameters)
    case .or(let left, let right):
      guard let lhs = left.holds(inputs: inputs, parameters: parameters) else { return nil }
      if lhs { return true }
      return right.holds(inputs: inputs, parameters: parameters)
    case .not(let operand):
      return operand.holds(inputs: inputs, parameters: parameters).map { !$0 }
    }
  }

  /// Whether `lhs comparison rhs` holds: `==` and `!=` within ``equalityTolerance``, the
  /// orderings exactly, and every comparison involving NaN false.
  ///
  /// The one definition of a predicate's comparison; the checker's evaluation and training's
  /// compiled predicates both call it.
  package static func compare(_ comparison: ComparisonOperator, _ lhs: Double, _ rhs: Double)
    -> Bool
  {
    if lhs.isNaN || rhs.isNaN { return false }
    switch comparison {
    case .equal: return approximatelyEqual(lhs, rhs)
    case .notEqual: return !approximatelyEqual(lhs, rhs)
    case .less: return lhs < rhs
    case .lessOrEqual: return lhs <= rhs
    case .greater: return lhs > rhs
    case .greaterOrEqual: return lhs >= rhs
    }
  }
}
