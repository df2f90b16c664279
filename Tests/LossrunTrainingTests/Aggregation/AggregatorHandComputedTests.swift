import Foundation
import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Each aggregator on the hand-computed two-term case g_1 = (1, 0), g_2 = (−1, 1): the terms
/// conflict (g_1·g_2 = −1), G = [[1, −1], [−1, 2]].
@Suite struct AggregatorHandComputedTests {
  private typealias Cases = AggregationTestCases
  private let gradients: [[Double]] = [[1, 0], [-1, 1]]

  private func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
      #expect(
        Swift.abs(a - e) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
    }
  }

  /// g_1^PC = g_1 + ½ g_2 = (½, ½), g_2^PC = g_2 + g_1 = (0, 1), d = (½, 3/2), c = (2, 3/2),
  /// whatever the order.
  @Test func pcgrad() {
    let aggregator = PCGradAggregator(termCount: 2)
    for seed: UInt64 in 1...4 {
      var state = aggregator.makeInitialState(parameterCount: 2, seed: seed)
      let (d, c) = Cases.run(aggregator, gradients, state: &state)
      expectClose(d, [0.5, 1.5])
      expectClose(c ?? [], [2, 1.5])
    }
  }

  /// ‖w g_1 + (1 − w) g_2‖² = (2w − 1)² + (1 − w)² is least at w = 0.6: d = (0.2, 0.4), and
  /// d·g_1 = d·g_2 = 0.2 = ‖d‖².
  @Test func mgda() {
    var state = StatelessAggregation()
    let (d, c) = Cases.run(MGDAAggregator(), gradients, state: &state)
    expectClose(d, [0.2, 0.4])
    expectClose(c ?? [], [0.6, 0.4])
  }

  /// The dual cone is {x₁ ≥ 0, x₂ ≥ x₁}. π(g_1/2) = π(½, 0) = (¼, ¼) (onto x₂ = x₁),
  /// π(g_2/2) = π(−½, ½) = (0, ½) (onto x₁ = 0); d = (¼, ¾), up to the 1e-4 regularization.
  @Test func upgrad() {
    var exact = UPGradAggregator()
    exact.projection.regularization = 0
    expectClose(Cases.direction(exact, gradients), [0.25, 0.75])
    expectClose(Cases.direction(UPGradAggregator(), gradients), [0.25, 0.75], tolerance: 1e-3)
  }

  /// The mean (0, ½) is already in the dual cone, so DualProj returns it.
  @Test func dualProj() {
    var exact = DualProjAggregator()
    exact.projection.regularization = 0
    expectClose(Cases.direction(exact, gradients), [0, 0.5])
    expectClose(Cases.direction(DualProjAggregator(), gradients), [0, 0.5], tolerance: 1e-3)
  }

  /// ĝ_1 = (1, 0), ĝ_2 = (−1, 1)/√2; x = U⁻¹1 = (1, 1 + √2), ‖x‖² = 4 + 2√2, the projection sum
  /// is (1 + √2)/‖x‖, so d = x (1 + √2)/(4 + 2√2) = x/(2√2).
  @Test func config() {
    let root2 = 2.0.squareRoot()
    expectClose(
      Cases.direction(ConFIGAggregator(), gradients), [1 / (2 * root2), (1 + root2) / (2 * root2)])
  }

  /// With constant gradients, the bias-corrected momenta equal the gradients, so after every
  /// term has one momentum (step 1) M-ConFIG without the second moment is ConFIG; step 0 is
  /// zero. With the second moment the first direction is d/(|d| + 1e-8), entry by entry.
  @Test func momentumConFIG() {
    let root2 = 2.0.squareRoot()
    let config = [1 / (2 * root2), (1 + root2) / (2 * root2)]
    var plain = MomentumConFIGAggregator(termCount: 2)
    plain.normalizesBySecondMoment = false
    var state = plain.makeInitialState(parameterCount: 2, seed: 0)
    let first = Cases.run(plain, gradients, state: &state)
    expectClose(first.direction, [0, 0])
    #expect(first.coefficients == nil)
    for _ in 0..<5 { expectClose(Cases.run(plain, gradients, state: &state).direction, config) }

    let reference = MomentumConFIGAggregator(termCount: 2)
    var referenceState = reference.makeInitialState(parameterCount: 2, seed: 0)
    _ = Cases.run(reference, gradients, state: &referenceState)
    let normalized = Cases.run(reference, gradients, state: &referenceState).direction
    expectClose(normalized, config.map { $0 / ($0 + 1e-8) })
    #expect(referenceState.updateCounts == [1, 1])
  }

  /// CAGrad keeps its paper's promise on the 2-D case: before the 1/(1 + c²) rescale, d lies on
  /// the ball ‖d − g_0‖ = c‖g_0‖ and maximizes min_i g_i·d over it (checked against 100 000
  /// points of the circle).
  @Test func cagradMaximizesTheWorstImprovementInTheBall() {
    for c in [0.25, 0.5, 0.9] {
      var aggregator = CAGradAggregator(c: c)
      aggregator.rescale = 0
      let d = Cases.direction(aggregator, gradients)
      let g0 = [0.0, 0.5]
      let radius = c * 0.5
      let offset = [d[0] - g0[0], d[1] - g0[1]]
      #expect(Swift.abs(Cases.dot(offset, offset).squareRoot() - radius) < 1e-6)
      func worst(_ x: [Double]) -> Double { gradients.map { Cases.dot($0, x) }.min()! }
      var best = -Double.infinity
      for k in 0..<100_000 {
        let angle = 2 * Double.pi * Double(k) / 100_000
        best = Swift.max(best, worst([g0[0] + radius * cos(angle), g0[1] + radius * sin(angle)]))
      }
      #expect(worst(d) >= best - 1e-6, "c = \(c)")
      let rescaled = Cases.direction(CAGradAggregator(c: c), gradients)
      expectClose(rescaled, d.map { $0 / (1 + c * c) }, tolerance: 1e-12)
    }
  }

  /// The engine's `Float` gradients give the `Double` direction rounded to `Float`.
  @Test func floatGradientsGiveTheSameDirection() {
    let rows: [Float] = [1, 0, -1, 1]
    var direction = [Float](repeating: .nan, count: 2)
    var state = StatelessAggregation()
    rows.withUnsafeBufferPointer { rows in
      direction.withUnsafeMutableBufferPointer { out in
        _ = MGDAAggregator().aggregate(
          TermGradients(base: rows.baseAddress!, termCount: 2, parameterCount: 2),
          gramian: Cases.gramian(gradients), state: &state, into: out)
      }
    }
    #expect(direction == [Float(0.2), Float(0.4)])
  }
}
