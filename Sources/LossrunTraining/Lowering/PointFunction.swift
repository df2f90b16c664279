import Foundation
import LossrunCheck

/// An input-only expression compiled to a closure over one point's coordinates, so samplers and
/// evaluation can call it per point without walking the expression tree or allocating.
///
/// Parameters are folded in at compile time (fixed ones and the initial values of learnable
/// ones: predicates and exact solutions read no learnable parameter once checked).
package struct PointFunction: Sendable {
  /// The compiled evaluation.
  package let evaluate: @Sendable (UnsafeBufferPointer<Double>) -> Double

  /// Compiles `expression`; nil when it reads the network.
  package init?(_ expression: ResolvedExpression, parameters: [Double] = []) {
    guard let compiled = Self.compile(expression, parameters: parameters) else { return nil }
    evaluate = compiled
  }

  /// The value at `point` (one coordinate per spec input), for callers holding an array.
  package func callAsFunction(_ point: [Double]) -> Double {
    point.withUnsafeBufferPointer { evaluate($0) }
  }

  typealias Closure = @Sendable (UnsafeBufferPointer<Double>) -> Double

  static func compile(_ expression: ResolvedExpression, parameters: [Double]) -> Closure? {
    switch expression {
    case .number(let value): return { _ in value }
    case .input(let index): return { $0[index] }
    case .parameter(let index):
      let value = parameters.indices.contains(index) ? parameters[index] : .nan
      return { _ in value }
    case .network, .laplacian, .normalDerivative, .data, .evaluated: return nil
    case .negate(let operand):
      guard let f = compile(operand, parameters: parameters) else { return nil }
      return { -f($0) }
    case .function(let function, let operand):
      guard let f = compile(operand, parameters: parameters) else { return nil }
      return { function.apply(f($0)) }
    case .binary(let operation, let left, let right):
      guard let f = compile(left, parameters: parameters),
        let g = compile(right, parameters: parameters)
      else { return nil }
      return { operation.apply(f($0), g($0)) }
    }
  }

  /// Compiles a predicate to a ``PointPredicate``; nil when an expression in it reads the
  /// network.
  package static func predicate(
    _ predicate: ResolvedPredicate, parameters: [Double] = []
  ) -> PointPredicate? {
    switch predicate {
    case .comparison(let comparison, let left, let right):
      guard let f = compile(left, parameters: parameters),
        let g = compile(right, parameters: parameters)
      else { return nil }
      return { point in ResolvedPredicate.compare(comparison, f(point), g(point)) }
    case .and(let left, let right):
      guard let p = Self.predicate(left, parameters: parameters),
        let q = Self.predicate(right, parameters: parameters)
      else { return nil }
      return { p($0) && q($0) }
    case .or(let left, let right):
      guard let p = Self.predicate(left, parameters: parameters),
        let q = Self.predicate(right, parameters: parameters)
      else { return nil }
      return { p($0) || q($0) }
    case .not(let operand):
      guard let p = Self.predicate(operand, parameters: parameters) else { return nil }
      return { !p($0) }
    }
  }
}
