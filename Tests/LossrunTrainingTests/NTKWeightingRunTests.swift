import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// NTK weighting trains `specs/poisson-mixed.yaml` (shrunk as in LossHistoryWeightingRunTests)
/// and resumes bit for bit.
@Suite(.serialized) struct NTKWeightingRunTests {
  @Test(arguments: ["ntk", "{ rule: ntk, every: 50, batch: 5 }", "jaxpi_ntk"])
  func trainsPoissonMixedFor500Steps(weighting: String) throws {
    let (result, metrics) = try LossHistoryWeightingRunTests.train(
      try LossHistoryWeightingRunTests.poissonMixed(weighting: weighting))
    #expect(result.summary.steps == 500 && !result.interrupted)
    let rows = metrics.rows
    #expect(rows.count >= 10)
    #expect(
      rows.allSatisfy { $0.losses.allSatisfy(\.isFinite) && $0.weights.allSatisfy(\.isFinite) })
    #expect(rows.allSatisfy { $0.weights.allSatisfy { $0 > 0 } })
    #expect(rows.contains { $0.weights != [1, 1, 1] }, "the weights never moved")
    if weighting == "ntk" {
      // ŵ_i = tr(K)/tr(K_i) gives Σ_i 1/ŵ_i = 1 at every update (no smoothing).
      for row in rows {
        #expect(abs(row.weights.reduce(0) { $0 + 1 / $1 } - 1) < 1e-9)
      }
    }
  }

  @Test func ntkResumesBitForBit() throws {
    let text = try LossHistoryWeightingRunTests.poissonMixed(
      weighting: "{ rule: ntk, every: 5, ema: 0.5 }", steps: 40,
      training: ", precision: float64, checkpoint_every: 7")
    try RunResumeTests().expectResumeMatches(text, stop: 23)
  }
}
