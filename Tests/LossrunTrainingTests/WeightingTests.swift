import Foundation
import Testing

@testable import LossrunTraining

@Suite struct WeightingTests {
  /// Layers 2→2→1: layer 0 has 4 weights (0..<4) and 2 biases, layer 1 has 2 weights (6..<8)
  /// and 1 bias. The layers' weight counts differ, so the mean of layer means (0.6 below)
  /// differs from the mean over all weights (2.8 / 6).
  private let layout = ParameterLayout.multilayerPerceptron(widths: [2, 2, 1])
  private let residual: [Double] = [0.5, -2, 0.5, 0.5, 9, 9, 1, -0.25, 9]
  private let boundary1: [Double] = [0.1, -0.1, 0.1, -0.1, 5, 5, 0.2, 0.8, 5]
  private let boundary2: [Double] = [0.1, -0.1, 0.1, -0.1, 5, 5, 0.2, 0.8, 5]
  private let data: [Double] = [0.01, 0.01, -0.01, 0.01, 3, 3, 0.04, 0.04, 3]

  private func statistics(_ groups: [[[Double]]]) -> GradientStatisticsTable {
    // A group's gradient is the sum of its terms' gradients, as the wiring will provide.
    let summed = groups.map { members in
      members.dropFirst().reduce(members[0]) { zip($0, $1).map(+) }
    }
    return GradientStatisticsTable(gradients: summed, layout: layout)
  }

  @Test func summariesMergeAndAverageLayers() {
    let table = statistics([[boundary1, boundary2]])
    #expect(abs(table.meanOfLayerMeans(group: 0, scope: .weights) - 0.6) < 1e-15)
    #expect(abs(table.summary(group: 0, scope: .weights).meanAbs - 2.8 / 6) < 1e-15)
    #expect(table.summary(group: 0, scope: .all).maxAbs == 10)
    #expect(table.summary(group: 0, scope: .weights).maxAbs == 1.6)
    #expect(layout.parameterCount == 9)
  }

  @Test func wang2021MatchesTheHandComputedUpdates() throws {
    // Terms: 0 residual (reference), 1 and 2 boundary (one shared weight), 3 data.
    let rule = try LearningRateAnnealing(
      termCount: 4, settings: .wang2021(reference: 0, shared: [[1, 2]]))
    #expect(rule.statisticGroups == [[0], [1, 2], [3]])
    let table = statistics([[residual], [boundary1, boundary2], [data]])
    var state = rule.makeInitialState()
    // Step 0: numerator max|g_ref| over weights = 2 (the biases' 9 are left out).
    // Boundary: ŵ = 2 / (0.6 · w=1) = 3.333…, w = 0.9 + 0.1·3.333… = 1.2333…
    // Data: per-layer mean (0.01 + 0.04) / 2 = 0.025, ŵ = 80, w = 0.9 + 8 = 8.9.
    rule.update(step: 0, losses: [1, 1, 1, 1], statistics: table, gramian: nil, state: &state)
    var weights = rule.weights(in: state)
    #expect(weights[0] == 1)
    #expect(abs(weights[1] - 1.2333333333333334) < 1e-14 && weights[1] == weights[2])
    #expect(abs(weights[3] - 8.9) < 1e-13)
    #expect(abs(state.lastEstimates[1] - 10.0 / 3) < 1e-14)
    for step in 1..<10 {
      rule.update(step: step, losses: [1, 1, 1, 1], statistics: table, gramian: nil, state: &state)
    }
    #expect(rule.weights(in: state) == weights && state.lastUpdateStep == 0)
    // Step 10: weighted denominators use the current weights.
    // Boundary: ŵ = 2 / (0.6 · 1.2333…) = 2.7027…, w = 1.11 + 0.27027… = 1.38027027…
    // Data: ŵ = 2 / (0.025 · 8.9) = 8.98876…, w = 8.01 + 0.898876… = 8.908876404…
    rule.update(step: 10, losses: [1, 1, 1, 1], statistics: table, gramian: nil, state: &state)
    weights = rule.weights(in: state)
    #expect(abs(weights[1] - 1.3802702702702703) < 1e-13)
    #expect(abs(weights[3] - 8.908876404494382) < 1e-12)
    #expect(state.lastUpdateStep == 10)
  }

  @Test func physicsnemoUsesMeanOverAllParametersEveryStep() throws {
    let rule = try LearningRateAnnealing(termCount: 2, settings: .physicsnemo(reference: 0))
    let table = statistics([[residual], [boundary1]])
    var state = rule.makeInitialState()
    // mean|g_ref| = 31.75 / 9, mean|g_b| = 16.4 / 9, ŵ = 31.75 / 16.4; w = 0.99 + 0.01·ŵ.
    rule.update(step: 0, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(
      abs(rule.weights(in: state)[1] - (0.99 + 0.01 * (31.75 / 9) / (16.4 / 9 + 1e-8))) < 1e-14)
    rule.update(step: 1, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(state.lastUpdateStep == 1)
  }

  @Test func annealingWithMaxOverAllParametersAndNoSmoothing() throws {
    let settings = AnnealingSettings(reference: 1, statistic: .max, ema: 1, every: 5)
    let rule = try LearningRateAnnealing(termCount: 2, settings: settings)
    let table = statistics([[residual], [data]])  // term 1 (residual) is the reference: group 0
    var state = rule.makeInitialState()
    rule.update(step: 5, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    // ŵ = max|g_ref| / mean|g_data| = 9 / (9.12 / 9) over all parameters.
    #expect(abs(rule.weights(in: state)[0] - 9 / (9.12 / 9)) < 1e-12)
    rule.update(step: 7, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(state.lastUpdateStep == 5)
  }

  @Test func vanishedGradientKeepsTheWeight() throws {
    let rule = try LearningRateAnnealing(termCount: 2, settings: AnnealingSettings(reference: 0))
    let table = statistics([[residual], [Array(repeating: 0, count: 9)]])
    var state = rule.makeInitialState()
    rule.update(step: 0, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(rule.weights(in: state) == [1, 1])
    #expect(state.lastEstimates[1].isInfinite)
  }

  @Test func gradientNormBalancingMatchesTheHandComputedUpdates() throws {
    let layout = ParameterLayout.multilayerPerceptron(widths: [1, 1])
    let table = GradientStatisticsTable(gradients: [[3.0, 4], [0, 1]], layout: layout)
    let rule = try GradientNormBalancing(termCount: 2)
    var state = rule.makeInitialState()
    // Norms 5 and 1, mean 3: ŵ = (0.6, 3); w = 0.9 + 0.1·ŵ = (0.96, 1.2).
    rule.update(step: 0, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(abs(state.weights[0] - 0.96) < 1e-15 && abs(state.weights[1] - 1.2) < 1e-15)
    rule.update(step: 999, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(abs(state.weights[0] - 0.96) < 1e-15)
    // Step 1000: w = 0.9·(0.96, 1.2) + 0.1·(0.6, 3) = (0.924, 1.38).
    rule.update(step: 1000, losses: [1, 1], statistics: table, gramian: nil, state: &state)
    #expect(abs(state.weights[0] - 0.924) < 1e-15 && abs(state.weights[1] - 1.38) < 1e-15)
  }

  @Test func fixedWeightsNeverChangeAndCoreWeightingDispatches() throws {
    let rule = CoreWeighting.fixed(try FixedWeighting(weights: [1, 10]))
    var state = rule.makeInitialState()
    let table = GradientStatisticsTable(groupCount: 0, layerCount: 0)
    rule.update(step: 0, losses: [5, 5], statistics: table, gramian: nil, state: &state)
    #expect(rule.weights(in: state) == [1, 10] && !rule.needsStatistics(atStep: 0))
    let annealing = CoreWeighting.annealing(
      try LearningRateAnnealing(termCount: 2, settings: .physicsnemo(reference: 0)))
    #expect(annealing.statisticGroups == [[0], [1]] && annealing.needsStatistics(atStep: 3))
  }

  @Test func weightingStateRoundTrips() throws {
    var state = WeightingState(weights: [1, 2.5])
    state.lastUpdateStep = 10
    state.lastEstimates = [.nan, 3]
    let encoder = JSONEncoder()
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    let decoded = try decoder.decode(WeightingState.self, from: encoder.encode(state))
    #expect(decoded.weights == state.weights && decoded.lastUpdateStep == 10)
  }

  @Test func invalidSettingsAreErrors() {
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 2, settings: AnnealingSettings(reference: 2))
    }
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 3, settings: .wang2021(reference: 0, shared: [[0, 1]]))
    }
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(
        termCount: 3, settings: .wang2021(reference: 0, shared: [[1], [1, 2]]))
    }
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 2, settings: AnnealingSettings(reference: 0, ema: 0))
    }
    #expect(throws: WeightingError.self) { try FixedWeighting(weights: [-1]) }
    #expect(throws: WeightingError.self) {
      try GradientNormBalancing(termCount: 2, settings: .init(every: 0))
    }
  }
}
