import Foundation
import LossrunEngine
import Testing

@testable import LossrunTraining

/// The loss-history and learnable weighting rules (ReLoBRaLo, SoftAdapt, uncertainty
/// weighting, GradNorm) against hand-computed updates of two terms.
@Suite struct LossHistoryWeightingTests {
  /// Layers 1→1→1: layer 0 (the last hidden layer) has weight 0 and bias 1, layer 1 (the output
  /// layer) weight 2 and bias 3.
  private let layout = ParameterLayout(layerSizes: [1, 1, 1], scalarCount: 0)

  /// The engine's statistics of `rule`'s request for the given per-term gradients.
  private func statistics(
    _ request: GradientStatisticsRequest, terms: [[Double]]
  ) -> GradientStatistics<Double> {
    let statistics = GradientStatistics<Double>(layout: layout, request: request)
    terms.flatMap { $0 }.withUnsafeBufferPointer {
      statistics.refresh(termGradients: $0.baseAddress!, termCount: terms.count)
    }
    return statistics
  }

  /// Statistics for rules that read none.
  private var noStatistics: GradientStatistics<Double> {
    statistics(
      GradientStatisticsRequest(groups: [], summation: .sequential, includesGramian: false),
      terms: [])
  }

  private func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
      #expect(abs(a - e) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
    }
  }

  @Test func relobraloFollowsEquation11() throws {
    // Losses (1, 1), (2, 1), (1, 1); α = 0.5, T = 1.
    // Step 0: α = 1, w = (1, 1). Step 1: α = 0, L(0) = (2, 1), w = 2·softmax(2, 1)
    //   = (2e/(e+1), 2/(e+1)) = (1.46211715726, 0.53788284274).
    // Step 2: bal(2, 1) = 2·softmax(0.5, 1) = (0.75508133760, 1.24491866240) = bal(2, 0).
    //   ρ = 1: w = 0.5·w(1) + 0.5·bal = (1.10859924743, 0.89140075257); ρ = 0: w = bal.
    for (expectedRho, final) in [
      (1.0, [1.1085992474281503, 0.8914007525718497]),
      (0.0, [0.7550813375962909, 1.2449186624037092]),
    ] {
      let rule = try RelativeLossBalancing(
        termCount: 2, settings: .init(alpha: 0.5, temperature: 1, expectedRho: expectedRho),
        seed: 7)
      var state = rule.makeInitialState()
      rule.update(step: 0, losses: [1, 1], statistics: noStatistics, state: &state)
      #expect(state.weights == [1, 1] && state.lastUpdateStep == nil)
      rule.update(step: 1, losses: [2, 1], statistics: noStatistics, state: &state)
      expectClose(state.weights, [1.4621171572600098, 0.5378828427399902])
      #expect(state.memory?.initialLosses == [2, 1])
      rule.update(step: 2, losses: [1, 1], statistics: noStatistics, state: &state)
      expectClose(state.weights, final)
      // One Bernoulli draw, from the run's `weighting` stream, at the third update only.
      var stream = RandomGenerator(seed: 7, streamName: "weighting")
      _ = stream.nextUnitDouble()
      #expect(state.memory?.random == stream)
    }
  }

  @Test func relobraloDrawsTheLookbackFromTheSeededStream() throws {
    let rule = try RelativeLossBalancing(
      termCount: 3, settings: .init(alpha: 0.9, temperature: 0.5, expectedRho: 0.5), seed: 11)
    var first = rule.makeInitialState()
    var second = rule.makeInitialState()
    var restored: WeightingState?
    for step in 0..<40 {
      let losses = [1 / Double(step + 1), 2 / Double(step + 2), 0.5]
      rule.update(step: step, losses: losses, statistics: noStatistics, state: &first)
      rule.update(step: step, losses: losses, statistics: noStatistics, state: &second)
      if step == 19 {
        restored = try JSONDecoder().decode(
          WeightingState.self, from: JSONEncoder().encode(first))
      }
      if step > 19, var copy = restored {
        rule.update(step: step, losses: losses, statistics: noStatistics, state: &copy)
        restored = copy
      }
    }
    #expect(first == second && restored == first)
    #expect(abs(first.weights.reduce(0, +) - 3) < 1e-9)  // both balances sum to m
  }

  @Test func softAdaptWeighsByTheLossRatios() throws {
    let rule = try SoftAdapt(termCount: 2, epsilon: 0)
    var state = rule.makeInitialState()
    // Step 0: the plain sum.
    rule.update(step: 0, losses: [1, 2], statistics: noStatistics, state: &state)
    #expect(state.weights == [1, 1] && state.lastUpdateStep == nil)
    // Step 1: ratios (0.5, 1), e = (e^−0.5, 1), w = 2·e/Σe = (0.75508133760, 1.24491866240).
    rule.update(step: 1, losses: [0.5, 2], statistics: noStatistics, state: &state)
    expectClose(state.weights, [0.7550813375962909, 1.2449186624037092])
    #expect(state.memory?.previousLosses == [0.5, 2] && state.lastUpdateStep == 1)
    // A vanished previous loss (ε = 0) gives an infinite ratio: the weights stay.
    rule.update(step: 2, losses: [0, 1], statistics: noStatistics, state: &state)
    rule.update(step: 3, losses: [1, 1], statistics: noStatistics, state: &state)
    expectClose(state.weights, [0.7550813375962909, 1.2449186624037092])
  }

  @Test func uncertaintyTrainsTheLogVariances() throws {
    let rule = try UncertaintyWeighting(termCount: 2, learningRate: 0.1)
    var state = rule.makeInitialState()
    #expect(state.weights == [0.5, 0.5])
    // Step 0: s = 0, w = ½; ∂/∂s = −½·L + ½ = (−0.5, 0.25). Adam's first step moves each s by
    // lr·sign: s = (0.1, −0.1), so step 1 uses w = ½e^{−s} = (0.452418709, 0.552585459).
    rule.update(step: 0, losses: [2, 0.5], statistics: noStatistics, state: &state)
    #expect(state.weights == [0.5, 0.5])
    expectClose(state.memory?.logWeights ?? [], [0.1, -0.1], tolerance: 1e-8)
    rule.update(step: 1, losses: [2, 0.5], statistics: noStatistics, state: &state)
    expectClose(state.weights, [0.45241870901797976, 0.5525854590378239], tolerance: 1e-8)
    #expect(state.memory?.optimizer?.steps == 2)
  }

  @Test func gradNormBalancesTheLastHiddenLayersNorms() throws {
    let rule = try GradNorm(
      termCount: 2, settings: .init(alpha: 1.5, learningRate: 0.1, layer: .lastHidden))
    #expect(rule.statisticGroups == [[0], [1]] && rule.needsStatistics(atStep: 5))
    let table = statistics(rule.statisticsRequest, terms: [[3, 7, 10, 0], [1, 0, 20, 0]])
    var state = rule.makeInitialState()
    // Step 0: L(0) = L, r = (1, 1), w = (1, 1), G = (3, 1) on layer 0's weights; target 2:
    // ∂/∂s = (G_0, −G_1) = (3, −1); Adam: s = (−0.1, 0.1), renormalized to Σe^s = 2:
    // w = 2·e^s/Σe^s = (2/(1+e^0.2), 2/(1+e^−0.2)).
    rule.update(step: 0, losses: [4, 2], statistics: table, state: &state)
    #expect(state.weights == [1, 1] && state.memory?.initialLosses == [4, 2])
    rule.update(step: 1, losses: [4, 2], statistics: table, state: &state)
    expectClose(state.weights, [0.9003320053750443, 1.099667994624956], tolerance: 1e-8)
    #expect(abs(state.weights.reduce(0, +) - 2) < 1e-12)
    // Step 1 (r = 1 still): G = (2.70099602, 1.09966799) > target for term 0: w_0 keeps falling.
    rule.update(step: 2, losses: [4, 2], statistics: table, state: &state)
    #expect(state.weights[0] < 0.9003320053750443)
  }

  @Test func gradNormTrainingRatesAndLayerChoice() throws {
    // The output layer's weights: G = (10, 20); term 1 learns slower (L_1/L_1(0) = 1 against
    // 0.25), so r = (0.4, 1.6) and its target mean(G)·r^α exceeds G_1: w_1 grows.
    let rule = try GradNorm(
      termCount: 2, settings: .init(alpha: 1, learningRate: 0.05, layer: .output))
    let table = statistics(rule.statisticsRequest, terms: [[3, 7, 10, 0], [1, 0, 20, 0]])
    var state = rule.makeInitialState()
    // Step 0 (r = 1) pushes the other way first: G_0 = 10 is below the target 15.
    rule.update(step: 0, losses: [4, 2], statistics: table, state: &state)
    rule.update(step: 1, losses: [1, 2], statistics: table, state: &state)
    #expect(state.weights[0] > 1)
    for step in 2..<20 {
      rule.update(step: step, losses: [1, 2], statistics: table, state: &state)
    }
    #expect(state.weights[1] > 1 && state.weights[0] < 1)
    #expect(abs(state.weights.reduce(0, +) - 2) < 1e-12)
    #expect(throws: WeightingError.self) {
      try GradNorm(termCount: 2, settings: .init(alpha: 1, learningRate: 0, layer: .all))
    }
  }
}
