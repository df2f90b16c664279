import Foundation
import LossrunCheck
import LossrunEngine
import Testing

@testable import LossrunTraining

@Suite struct WeightingTests {
  /// Layers 2→2→1: layer 0 has 4 weights (0..<4) and 2 biases, layer 1 has 2 weights (6..<8)
  /// and 1 bias. The layers' weight counts differ, so the mean of layer means (0.6 below)
  /// differs from the mean over all weights (2.8 / 6).
  private let layout = ParameterLayout(layerSizes: [2, 2, 1], scalarCount: 0)
  private let residual: [Double] = [0.5, -2, 0.5, 0.5, 9, 9, 1, -0.25, 9]
  private let boundary1: [Double] = [0.1, -0.1, 0.1, -0.1, 5, 5, 0.2, 0.8, 5]
  private let boundary2: [Double] = [0.1, -0.1, 0.1, -0.1, 5, 5, 0.2, 0.8, 5]
  private let data: [Double] = [0.01, 0.01, -0.01, 0.01, 3, 3, 0.04, 0.04, 3]

  /// The engine's statistics of `request` for the given per-term gradients, as the loop
  /// refreshes them.
  private func statistics(
    _ request: GradientStatisticsRequest, terms: [[Double]],
    layout: ParameterLayout? = nil
  ) -> GradientStatistics<Double> {
    let statistics = GradientStatistics<Double>(layout: layout ?? self.layout, request: request)
    let flat = terms.flatMap { $0 }
    flat.withUnsafeBufferPointer {
      statistics.refresh(termGradients: $0.baseAddress!, termCount: terms.count)
    }
    return statistics
  }

  /// The weighting a spec with four terms checks to: residual (interior, term 0), two boundary
  /// terms (1, 2) and a data-like term on the interior (3).
  private func checkedWeighting(_ weighting: String) throws -> CheckedWeighting {
    let text = """
      name: w
      inputs: { x: [0, 1], y: [0, 1] }
      network: { outputs: [u], hidden: [4] }
      samplers:
        interior: { region: interior, points: 8 }
        edge: { region: boundary, points: 8 }
      terms:
        residual: { on: interior, residual: "-lap(u) - 1" }
        wall: { on: edge, residual: "u" }
        side: { on: edge, residual: "u_x" }
        data: { on: interior, residual: "u - x" }
      weighting: \(weighting)
      """
    return try #require(RunTestSupport.checked(text)).weighting
  }

  /// The annealing settings of `weighting` as the checker expands it from the catalogue.
  private func annealing(_ weighting: String) throws -> AnnealingSettings {
    guard case .annealing(let settings) = try checkedWeighting(weighting) else {
      throw WeightingError("\(weighting) is not annealing")
    }
    return AnnealingSettings(settings, initialWeights: nil)
  }

  /// Annealing with explicit settings (mean over all parameters, no smoothing changes).
  private func explicitAnnealing(
    reference: Int, statistic: AnnealingSettings.Statistic = .mean, ema: Double = 0.1,
    every: Int = 10, start: Int = 0
  ) -> AnnealingSettings {
    AnnealingSettings(
      reference: reference, statistic: statistic, ema: ema, every: every, start: start,
      parameters: .all,
      perLayerMean: false, weightedDenominator: false, shared: [], epsilon: 0,
      initialWeights: nil)
  }

  @Test func summariesMergeAndAverageLayers() {
    let table = statistics(
      GradientStatisticsRequest(groups: [[0, 1]], summation: .sequential, includesGramian: false),
      terms: [boundary1, boundary2])
    #expect(abs(table.meanOfLayerMeans(group: 0, scope: .weights) - 0.6) < 1e-15)
    #expect(abs(table.summary(group: 0, scope: .weights).meanAbsolute - 2.8 / 6) < 1e-15)
    #expect(table.summary(group: 0, scope: .all).maximumAbsolute == 10)
    #expect(table.summary(group: 0, scope: .weights).maximumAbsolute == 1.6)
    #expect(layout.count == 9)
  }

  @Test func presetsComeFromTheCatalogue() throws {
    let wang = try annealing("{ rule: wang2021 }")
    #expect(wang.statistic == .max && wang.parameters == .weights && wang.perLayerMean)
    #expect(wang.weightedDenominator && wang.ema == 0.1 && wang.every == 10)
    #expect(wang.shared == [[1, 2]] && wang.reference == 0 && wang.epsilon == 0)
    let nemo = try annealing("{ rule: physicsnemo }")
    #expect(nemo.statistic == .mean && nemo.parameters == .all && nemo.ema == 0.01)
    #expect(nemo.every == 1 && nemo.epsilon == 1e-8 && nemo.shared.isEmpty)
    guard case .gradientNormBalancing(let jaxpi) = try checkedWeighting("{ rule: jaxpi }") else {
      Issue.record("jaxpi is not grad_norm_balance")
      return
    }
    let settings = GradientNormBalancing.Settings(jaxpi)
    #expect(settings.ema == 0.1 && settings.every == 1000 && settings.parameters == .all)
  }

  @Test func wang2021MatchesTheHandComputedUpdates() throws {
    // Terms: 0 residual (reference), 1 and 2 boundary (one shared weight), 3 data.
    let rule = try LearningRateAnnealing(
      termCount: 4, settings: try annealing("{ rule: wang2021 }"))
    #expect(rule.statisticGroups == [[0], [1, 2], [3]])
    let table = statistics(rule.statisticsRequest, terms: [residual, boundary1, boundary2, data])
    var state = rule.makeInitialState()
    // Step 0: numerator max|g_ref| over weights = 2 (the biases' 9 are left out).
    // Boundary: ŵ = 2 / (0.6 · w=1) = 3.333…, w = 0.9 + 0.1·3.333… = 1.2333…
    // Data: per-layer mean (0.01 + 0.04) / 2 = 0.025, ŵ = 80, w = 0.9 + 8 = 8.9.
    rule.update(step: 0, losses: [1, 1, 1, 1], statistics: table, state: &state)
    var weights = rule.weights(in: state)
    #expect(weights[0] == 1)
    #expect(abs(weights[1] - 1.2333333333333334) < 1e-14 && weights[1] == weights[2])
    #expect(abs(weights[3] - 8.9) < 1e-13)
    #expect(abs(state.lastEstimates[1] - 10.0 / 3) < 1e-14)
    for step in 1..<10 {
      rule.update(step: step, losses: [1, 1, 1, 1], statistics: table, state: &state)
    }
    #expect(rule.weights(in: state) == weights && state.lastUpdateStep == 0)
    // Step 10: weighted denominators use the current weights.
    // Boundary: ŵ = 2 / (0.6 · 1.2333…) = 2.7027…, w = 1.11 + 0.27027… = 1.38027027…
    // Data: ŵ = 2 / (0.025 · 8.9) = 8.98876…, w = 8.01 + 0.898876… = 8.908876404…
    rule.update(step: 10, losses: [1, 1, 1, 1], statistics: table, state: &state)
    weights = rule.weights(in: state)
    #expect(abs(weights[1] - 1.3802702702702703) < 1e-13)
    #expect(abs(weights[3] - 8.908876404494382) < 1e-12)
    #expect(state.lastUpdateStep == 10)
  }

  @Test func physicsnemoUsesMeanOverAllParametersEveryStep() throws {
    let rule = try LearningRateAnnealing(
      termCount: 2, settings: try annealing("{ rule: physicsnemo }"))
    let table = statistics(rule.statisticsRequest, terms: [residual, boundary1])
    var state = rule.makeInitialState()
    // mean|g_ref| = 31.75 / 9, mean|g_b| = 16.4 / 9, ŵ = 31.75 / 16.4; w = 0.99 + 0.01·ŵ.
    rule.update(step: 0, losses: [1, 1], statistics: table, state: &state)
    #expect(
      abs(rule.weights(in: state)[1] - (0.99 + 0.01 * (31.75 / 9) / (16.4 / 9 + 1e-8))) < 1e-14)
    rule.update(step: 1, losses: [1, 1], statistics: table, state: &state)
    #expect(state.lastUpdateStep == 1)
  }

  @Test func annealingWithMaxOverAllParametersAndNoSmoothing() throws {
    let settings = explicitAnnealing(reference: 1, statistic: .max, ema: 1, every: 5)
    let rule = try LearningRateAnnealing(termCount: 2, settings: settings)
    // Term 1 (residual) is the reference, so it is group 0.
    let table = statistics(rule.statisticsRequest, terms: [data, residual])
    var state = rule.makeInitialState()
    rule.update(step: 5, losses: [1, 1], statistics: table, state: &state)
    // ŵ = max|g_ref| / mean|g_data| = 9 / (9.12 / 9) over all parameters.
    #expect(abs(rule.weights(in: state)[0] - 9 / (9.12 / 9)) < 1e-12)
    rule.update(step: 7, losses: [1, 1], statistics: table, state: &state)
    #expect(state.lastUpdateStep == 5)
  }

  @Test func annealingStartsAtItsStartStep() throws {
    // The reference code computes the weight after the optimizer step: `start: 1`.
    let settings = explicitAnnealing(reference: 0, ema: 1, every: 10, start: 1)
    let rule = try LearningRateAnnealing(termCount: 2, settings: settings)
    #expect((0..<25).filter(rule.needsStatistics(atStep:)) == [1, 11, 21])
    let table = statistics(rule.statisticsRequest, terms: [residual, data])
    var state = rule.makeInitialState()
    rule.update(step: 0, losses: [1, 1], statistics: table, state: &state)
    #expect(rule.weights(in: state) == [1, 1] && state.lastUpdateStep == nil)
    rule.update(step: 1, losses: [1, 1], statistics: table, state: &state)
    #expect(state.lastUpdateStep == 1 && rule.weights(in: state)[1] != 1)
  }

  @Test func vanishedGradientKeepsTheWeight() throws {
    let rule = try LearningRateAnnealing(termCount: 2, settings: explicitAnnealing(reference: 0))
    let table = statistics(
      rule.statisticsRequest, terms: [residual, Array(repeating: 0, count: 9)])
    var state = rule.makeInitialState()
    rule.update(step: 0, losses: [1, 1], statistics: table, state: &state)
    #expect(rule.weights(in: state) == [1, 1])
    #expect(state.lastEstimates[1].isInfinite)
  }

  @Test func gradientNormBalancingMatchesTheHandComputedUpdates() throws {
    guard case .gradientNormBalancing(let jaxpi) = try checkedWeighting("{ rule: jaxpi }") else {
      Issue.record("jaxpi is not grad_norm_balance")
      return
    }
    let rule = try GradientNormBalancing(
      termCount: 2, settings: GradientNormBalancing.Settings(jaxpi))
    let table = statistics(
      rule.statisticsRequest, terms: [[3.0, 4], [0, 1]],
      layout: ParameterLayout(layerSizes: [1, 1], scalarCount: 0))
    var state = rule.makeInitialState()
    // Norms 5 and 1, mean 3: ŵ = (0.6, 3); w = 0.9 + 0.1·ŵ = (0.96, 1.2).
    rule.update(step: 0, losses: [1, 1], statistics: table, state: &state)
    #expect(abs(state.weights[0] - 0.96) < 1e-15 && abs(state.weights[1] - 1.2) < 1e-15)
    rule.update(step: 999, losses: [1, 1], statistics: table, state: &state)
    #expect(abs(state.weights[0] - 0.96) < 1e-15)
    // Step 1000: w = 0.9·(0.96, 1.2) + 0.1·(0.6, 3) = (0.924, 1.38).
    rule.update(step: 1000, losses: [1, 1], statistics: table, state: &state)
    #expect(abs(state.weights[0] - 0.924) < 1e-15 && abs(state.weights[1] - 1.38) < 1e-15)
  }

  @Test func fixedWeightsNeverChangeAndCoreWeightingDispatches() throws {
    let rule = CoreWeighting.fixed(try FixedWeighting(weights: [1, 10]))
    var state = rule.makeInitialState()
    let table = statistics(rule.statisticsRequest, terms: [residual, data])
    rule.update(step: 0, losses: [5, 5], statistics: table, state: &state)
    #expect(rule.weights(in: state) == [1, 10] && !rule.needsStatistics(atStep: 0))
    let annealing = CoreWeighting.annealing(
      try LearningRateAnnealing(termCount: 2, settings: try self.annealing("{ rule: physicsnemo }"))
    )
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

  @Test func invalidSettingsAreErrors() throws {
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 2, settings: explicitAnnealing(reference: 2))
    }
    var sharingTheReference = try annealing("{ rule: wang2021 }")
    sharingTheReference.shared = [[0, 1]]
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 3, settings: sharingTheReference)
    }
    var overlapping = sharingTheReference
    overlapping.shared = [[1], [1, 2]]
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 3, settings: overlapping)
    }
    #expect(throws: WeightingError.self) {
      try LearningRateAnnealing(termCount: 2, settings: explicitAnnealing(reference: 0, ema: 0))
    }
    #expect(throws: WeightingError.self) { try FixedWeighting(weights: [-1]) }
    #expect(throws: WeightingError.self) {
      try GradientNormBalancing(
        termCount: 2, settings: .init(ema: 0.1, every: 0, parameters: .all, shared: []))
    }
  }
}
