import LossrunEngine

@testable import LossrunTraining

/// Seeded random per-term gradients and helpers to run an aggregator on them in `Double`.
enum AggregationTestCases {
  /// m random gradients of P entries with standard normal entries.
  static func random(terms m: Int, parameters p: Int, seed: UInt64) -> [[Double]] {
    var generator = RandomGenerator(seed: seed, streamName: "test:aggregation")
    return (0..<m).map { _ in (0..<p).map { _ in generator.nextNormal() } }
  }

  /// m random gradients that all lie strictly on one side of a random hyperplane through 0
  /// (g_i·v > 0 for a random unit v), so a direction with d·g_i ≥ 0 for every i exists, though
  /// pairs may still conflict.
  static func halfSpace(terms m: Int, parameters p: Int, seed: UInt64) -> [[Double]] {
    var generator = RandomGenerator(seed: seed, streamName: "test:aggregation:half-space")
    var v = (0..<p).map { _ in generator.nextNormal() }
    let norm = dot(v, v).squareRoot()
    v = v.map { $0 / norm }
    return (0..<m).map { _ in
      let r = (0..<p).map { _ in generator.nextNormal() }
      let along = dot(r, v)
      let offset = 0.05 + generator.nextUnitDouble()
      return (0..<p).map { r[$0] - along * v[$0] + offset * v[$0] }
    }
  }

  /// The sizes the property tests run: m = 2, 3, 5 with P drawn in 4…50 (at least m).
  static func sizes(seed: UInt64) -> [(m: Int, p: Int)] {
    var generator = RandomGenerator(seed: seed, streamName: "test:aggregation:sizes")
    return [2, 3, 5].flatMap { m in
      (0..<4).map { _ in (m, Swift.max(m, 4 + generator.nextIndex(below: 47))) }
    }
  }

  /// a·b.
  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
  }

  /// The Gramian of `gradients`.
  static func gramian(_ gradients: [[Double]]) -> Gramian {
    let m = gradients.count
    return Gramian(
      size: m, entries: (0..<m * m).map { dot(gradients[$0 / m], gradients[$0 % m]) })
  }

  /// The direction `aggregator` writes for `gradients`, with its returned coefficients.
  static func run<A: GradientAggregator>(
    _ aggregator: A, _ gradients: [[Double]], state: inout A.State
  ) -> (direction: [Double], coefficients: [Double]?) {
    let p = gradients[0].count
    let flat = gradients.flatMap { $0 }
    var direction = [Double](repeating: .nan, count: p)
    let coefficients = flat.withUnsafeBufferPointer { rows in
      direction.withUnsafeMutableBufferPointer { out in
        aggregator.aggregate(
          TermGradients(base: rows.baseAddress!, termCount: gradients.count, parameterCount: p),
          gramian: gramian(gradients), state: &state, into: out)
      }
    }
    return (direction, coefficients)
  }

  /// The direction of `aggregator` from a fresh state (seed 7).
  static func direction<A: GradientAggregator>(_ aggregator: A, _ gradients: [[Double]])
    -> [Double]
  {
    var state = aggregator.makeInitialState(parameterCount: gradients[0].count, seed: 7)
    return run(aggregator, gradients, state: &state).direction
  }

  /// The smallest d·g_i / (‖d‖·‖g_i‖) over the terms (1 for a zero direction).
  static func worstCosine(_ d: [Double], _ gradients: [[Double]]) -> Double {
    let dn = dot(d, d).squareRoot()
    guard dn > 0 else { return 1 }
    return gradients.map { dot(d, $0) / (dn * dot($0, $0).squareRoot()) }.min() ?? 1
  }
}
