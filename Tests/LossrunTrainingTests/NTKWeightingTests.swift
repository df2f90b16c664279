import LossrunEngine
import Testing

@testable import LossrunTraining

/// NTK weighting from given kernel traces, against hand-computed weights.
@Suite struct NTKWeightingTests {
  private func rule(
    every: Int = 100, ema: Double = 1, trace: NTKWeighting.Trace = .sum, epsilon: Double = 0
  ) throws -> NTKWeighting {
    try NTKWeighting(
      termCount: 3,
      settings: .init(every: every, batch: 300, ema: ema, trace: trace, epsilon: epsilon))
  }

  @Test func thePaperWeightsAreTheTotalTraceOverEachTrace() throws {
    let ntk = try rule()
    var state = ntk.makeInitialState()
    #expect(state.weights == [1, 1, 1])
    // tr(K) = 2 + 8 + 10 = 20: ŵ = 20/2, 20/8, 20/10.
    ntk.update(step: 0, traces: [2, 8, 10], counts: [4, 4, 2], state: &state)
    #expect(state.weights == [10, 2.5, 2])
    #expect(state.lastEstimates == [10, 2.5, 2])
    #expect(state.lastUpdateStep == 0)
  }

  @Test func theMeanDiagonalVariantDividesByEachTermsPointCount() throws {
    // Mean diagonals 2/4, 8/4, 10/2 = 0.5, 2, 5; their mean 2.5: ŵ = 5, 1.25, 0.5, then EMA(0.1)
    // from 1 and jaxpi's ε = 1e-5 relative regularization.
    let ntk = try rule(every: 1000, ema: 0.1, trace: .mean, epsilon: 1e-5)
    var state = ntk.makeInitialState()
    ntk.update(step: 0, traces: [2, 8, 10], counts: [4, 4, 2], state: &state)
    let estimates = [0.5, 2, 5].map { 2.5 / ($0 + 1e-5 * 2.5) }
    for i in 0..<3 {
      #expect(abs(state.lastEstimates[i] - estimates[i]) <= 1e-15 * estimates[i])
      #expect(abs(state.weights[i] - (0.9 + 0.1 * estimates[i])) <= 1e-15 * state.weights[i])
    }
  }

  @Test func weightsChangeOnlyAtUpdateStepsAndKeepAVanishedTerm() throws {
    let ntk = try rule(every: 10, ema: 0.5)
    var state = ntk.makeInitialState()
    #expect(ntk.needsJacobianNorms(atStep: 0) && ntk.needsJacobianNorms(atStep: 20))
    #expect(!ntk.needsJacobianNorms(atStep: 5) && !ntk.needsStatistics(atStep: 0))
    ntk.update(step: 5, traces: [1, 2, 3], counts: [1, 1, 1], state: &state)
    #expect(state.weights == [1, 1, 1] && state.lastUpdateStep == nil)
    // tr(K) = 4: ŵ = 4/1, 4/3, ∞ (kept); EMA(0.5) from 1.
    ntk.update(step: 10, traces: [1, 3, 0], counts: [1, 1, 1], state: &state)
    #expect(state.weights == [2.5, 0.5 + 0.5 * (4.0 / 3), 1])
    #expect(state.lastEstimates[2] == .infinity)
  }

  @Test func settingsThatCannotWorkAreRejected() {
    #expect(throws: WeightingError.self) { try rule(ema: 0) }
    #expect(throws: WeightingError.self) { try rule(every: 0) }
    #expect(throws: WeightingError.self) { try rule(epsilon: -1) }
  }
}
