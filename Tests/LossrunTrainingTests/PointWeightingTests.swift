import Foundation
import Testing

@testable import LossrunTraining

/// The per-point rules against hand-computed cases: causal chunk weights, their per-point form
/// and the ε schedule; the RBA update; the self-adaptive ascent step and masks.
@Suite struct PointWeightingTests {
  static let causal = CausalWeighting(
    chunks: 3, epsilon: 1, epsilonMaximum: nil, growth: 10, tolerance: 0.99)

  @Test func causalChunkWeightsAreExpOfTheNegativeCumulativeLoss() {
    let weights = CausalWeighting.chunkWeights(losses: [0.5, 1, 2], epsilon: 1)
    #expect(weights == [1, exp(-0.5), exp(-1.5)])
    let sharper = CausalWeighting.chunkWeights(losses: [0.5, 1, 2], epsilon: 4)
    #expect(sharper == [1, exp(-2), exp(-6)])
  }

  @Test func causalChunksFollowTimeOrder() {
    // Times of 7 points; sorted order 3, 0, 5, 1, 6, 2, 4; chunks of 2, 2 and 3 points.
    let times = [0.2, 0.5, 0.8, 0.1, 0.9, 0.3, 0.6]
    let order = CausalWeighting.timeOrder(times)
    #expect(order == [3, 0, 5, 1, 6, 2, 4])
    let pointLosses = [1.0, 2, 3, 4, 5, 6, 7]
    let losses = Self.causal.chunkLosses(pointLosses: pointLosses, order: order)
    let expected: [Double] = [2.5, 4, 5]  // (4 + 1)/2, (6 + 2)/2, (7 + 3 + 5)/3
    #expect(losses == expected)
  }

  @Test func causalPointWeightsGiveTheMeanOfWeightedChunkLosses() {
    let times = [0.2, 0.5, 0.8, 0.1, 0.9, 0.3, 0.6]
    let order = CausalWeighting.timeOrder(times)
    let pointLosses = [1.0, 2, 3, 4, 5, 6, 7]
    let chunkLosses = Self.causal.chunkLosses(pointLosses: pointLosses, order: order)
    let w = CausalWeighting.chunkWeights(losses: chunkLosses, epsilon: 1)
    var p = [Double](repeating: 0, count: 7)
    Self.causal.pointWeights(chunkWeights: w, order: order, into: &p)
    // p_j = w_k·N/(K·n_k): 7/6 for the two-point chunks, 7/9 for the last.
    #expect(p[3] == w[0] * 7 / 6 && p[0] == w[0] * 7 / 6)
    #expect(p[4] == w[2] * 7 / 9)
    let engineLoss = zip(p, pointLosses).reduce(0) { $0 + $1.0 * $1.1 } / 7
    let causalLoss = zip(w, chunkLosses).reduce(0) { $0 + $1.0 * $1.1 } / 3
    #expect(abs(engineLoss - causalLoss) < 1e-14)
  }

  @Test func theEpsilonScheduleGrowsWhenEveryWeightPassesTheTolerance() {
    var schedule = Self.causal
    #expect(schedule.scheduledEpsilon(1, weights: [1, 0.995]) == 1, "off without epsilon_max")
    schedule.epsilonMaximum = 50
    #expect(schedule.scheduledEpsilon(1, weights: [1, 0.995]) == 10)
    #expect(schedule.scheduledEpsilon(10, weights: [1, 0.995]) == 50, "capped")
    #expect(schedule.scheduledEpsilon(1, weights: [1, 0.98]) == 1, "a weight below tol")
  }

  @Test func causalUpdateRecordsChunkLossesAndAppliesTheSchedule() throws {
    let rule = PointWeighting(
      rule: .causal(
        CausalWeighting(
          chunks: 2, epsilon: 1, epsilonMaximum: 100, growth: 10, tolerance: 0.99)),
      terms: [0], termNames: ["pde"], timeInput: 1)
    var state = rule.makeInitialState(pointCounts: [4])
    #expect(rule.needsResidualsFirst(state))
    let order = [0, 1, 2, 3]
    var p = [Double](repeating: 0, count: 4)
    rule.pointWeights(term: 0, state: state, orders: [order], into: &p)
    #expect(p == [1, 1, 1, 1], "no chunk losses yet")
    rule.update(
      step: 0, pointLosses: [[0.001, 0.003, 0.5, 0.5]], termWeights: [1], state: &state,
      orders: [order])
    #expect(state.values == [[0.002, 0.5]])
    // w = [1, e^{-0.002}] > 0.99 everywhere, so ε grows to 10 for the next step.
    #expect(state.epsilon == 10 && state.updatedAtStep == 0)
    rule.pointWeights(term: 0, state: state, orders: [order], into: &p)
    #expect(p == [1, 1, exp(-10 * 0.002), exp(-10 * 0.002)])
    #expect(rule.columnNames == ["causal_epsilon", "causal_w0", "causal_w1"])
    #expect(rule.columnValues(state) == [10, 1, exp(-10 * 0.002)])
    // A second update at the same step (the pass after a forward-only sweep) changes nothing.
    let before = state
    rule.update(
      step: 0, pointLosses: [[9, 9, 9, 9]], termWeights: [1], state: &state, orders: [order])
    #expect(state == before)
  }

  @Test func rbaUpdatesTheMultipliersFromTheScaledResidualNorms() {
    let rba = ResidualAttention(gamma: 0.999, eta: 0.01, initial: 0)
    var lambdas = [0, 0.5, 1]
    // |r| = 2, 1, 0 (squared norms 4, 1, 0); max 2.
    rba.update(&lambdas, squaredResiduals: [4, 1, 0])
    #expect(lambdas == [0.01, 0.999 * 0.5 + 0.01 * 0.5, 0.999])
    var vanished = [1.0]
    rba.update(&vanished, squaredResiduals: [0])
    #expect(vanished == [0.999])
    let rule = PointWeighting(
      rule: .rba(ResidualAttention(gamma: 0.999, eta: 0.01, initial: 0.5)), terms: [0],
      termNames: ["pde"])
    var state = rule.makeInitialState(pointCounts: [2])
    var p = [0.0, 0.0]
    rule.pointWeights(term: 0, state: state, orders: [[]], into: &p)
    #expect(p == [0.25, 0.25], "the engine weight is λ²")
    rule.update(step: 3, pointLosses: [[1, 4]], termWeights: [1], state: &state, orders: [[]])
    #expect(state.values == [[0.999 * 0.5 + 0.005, 0.999 * 0.5 + 0.01]])
    #expect(rule.columnNames == ["rba_mean_pde", "rba_max_pde"])
    #expect(rule.columnValues(state) == [(0.5045 + 0.5095) / 2, 0.999 * 0.5 + 0.01])
  }

  @Test func selfAdaptiveMasksAndTheirDerivatives() {
    let square = SelfAdaptiveWeights.Mask.square
    #expect(square.value(3) == 9 && square.derivative(3) == 6)
    let sigmoid = SelfAdaptiveWeights.Mask.sigmoid
    #expect(sigmoid.value(0) == 0.5 && sigmoid.derivative(0) == 0.25)
    let h = 1e-6
    let numeric = (sigmoid.value(0.7 + h) - sigmoid.value(0.7 - h)) / (2 * h)
    #expect(abs(sigmoid.derivative(0.7) - numeric) < 1e-9)
  }

  @Test func selfAdaptiveAscendsTheWeightedLoss() {
    let sa = SelfAdaptiveWeights(mask: .square, learningRate: 0.005, initial: 1)
    // ∂(w·L)/∂λ_j = w·2λ_j·e_j/N with w = 2, N = 2: [2·2·1·3/2, 2·2·2·5/2] = [6, 20].
    #expect(sa.gradient(lambdas: [1, 2], pointLosses: [3, 5], termWeight: 2) == [6, 20])
    var lambdas = [1.0, 2.0]
    var adam = ScalarAdam(count: 2, learningRate: 0.005)
    sa.ascend(&lambdas, optimizer: &adam, pointLosses: [3, 5], termWeight: 2)
    // Adam's first step moves each λ by lr·g/(|g| + ε) ≈ lr, upward (ascent).
    #expect(abs(lambdas[0] - (1 + 0.005 * 6 / (6 + 1e-8))) < 1e-15)
    #expect(abs(lambdas[1] - (2 + 0.005 * 20 / (20 + 1e-8))) < 1e-15)
    #expect(adam.steps == 1)
  }
}
