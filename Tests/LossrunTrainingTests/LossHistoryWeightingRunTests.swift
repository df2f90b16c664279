import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// ReLoBRaLo, SoftAdapt, uncertainty weighting and GradNorm train `specs/poisson-mixed.yaml`
/// (shrunk so that a debug build runs 500 steps in a few seconds) and resume bit for bit.
@Suite(.serialized) struct LossHistoryWeightingRunTests {
  /// The terms of poisson-mixed, in order.
  static let termNames = ["residual", "dirichlet", "neumann"]

  /// `specs/poisson-mixed.yaml` with `weighting` substituted, 8 points per sampler, hidden
  /// [8], `steps` steps logged every 50, and a coarse evaluation.
  static func poissonMixed(weighting: String, steps: Int = 500, training: String = "") throws
    -> String
  {
    let path = SpecFixtures.packageRoot.appendingPathComponent("specs/poisson-mixed.yaml").path
    var text = try String(contentsOfFile: path, encoding: .utf8)
    for sampler in ["interior:  { region: interior, points: 256 }", "points: 256 }\n  neumann"] {
      text = text.patched(replacing: sampler, with: sampler.replacing("256", with: "8"))
    }
    return
      text
      .patched(replacing: "points: 256 }\nterms", with: "points: 8 }\nterms")
      .patched(replacing: "hidden: [50, 50, 50]", with: "hidden: [8]")
      .patched(
        replacing: "weighting: { rule: annealing, reference: residual, stat: mean, ema: 0.1, "
          + "every: 10 }", with: "weighting: \(weighting)"
      )
      .patched(
        replacing: "training: { optimizer: adam, lr: 1e-3, steps: 20000, seed: 0 }",
        with: "training: { optimizer: adam, lr: 1e-3, steps: \(steps), seed: 0, log_every: 50"
          + training + " }"
      )
      .patched(
        replacing: "grid: [101, 101], every: 1000", with: "grid: [11, 11], every: \(steps)")
  }

  /// Trains `text` and reads its metrics back.
  static func train(_ text: String) throws -> (TrainingRun.Result, MetricsTable) {
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory("loss-history")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try TrainingRun.run(
      spec: spec, specText: nil, options: RunOptions(outputDirectory: out))
    return (result, try MetricsTable(path: result.directory.metricsPath, termNames: termNames))
  }

  @Test(arguments: [
    "relobralo", "{ rule: relobralo, alpha: 0.99, temperature: 1e-5, rho: 0.99 }", "softadapt",
    "uncertainty", "gradnorm", "{ rule: gradnorm, alpha: 1, layer: output, lr: 0.025 }",
  ])
  func trainsPoissonMixedFor500Steps(weighting: String) throws {
    let (result, metrics) = try Self.train(try Self.poissonMixed(weighting: weighting))
    #expect(result.summary.steps == 500 && !result.interrupted)
    let rows = metrics.rows
    #expect(rows.count >= 10)
    #expect(
      rows.allSatisfy { $0.losses.allSatisfy(\.isFinite) && $0.weights.allSatisfy(\.isFinite) })
    let first = try #require(rows.first)
    // (On 8 resampled points per sampler the unweighted losses are too noisy for a decrease
    // to be a fair check; RunVariantTests checks that on a smoother problem.)
    #expect(rows.contains { $0.weights != first.weights }, "the weights never moved")
    #expect(rows.allSatisfy { $0.weights.allSatisfy { $0 > 0 } })
    if !weighting.contains("uncertainty") {  // the others keep Σw = m
      #expect(rows.allSatisfy { abs($0.weights.reduce(0, +) - 3) < 1e-6 })
    }
  }

  @Test func theRenamedJaxpiRuleStillTrains() throws {
    let (result, metrics) = try Self.train(
      try Self.poissonMixed(weighting: "{ rule: grad_norm_balance, every: 100 }", steps: 200))
    #expect(result.summary.steps == 200)
    #expect(metrics.rows.last?.weights != [1, 1, 1])
  }

  @Test func relobraloResumesBitForBit() throws {
    let text = try Self.poissonMixed(
      weighting: "{ rule: relobralo, alpha: 0.9, rho: 0.5 }", steps: 60,
      training: ", precision: float64, checkpoint_every: 7")
    try RunResumeTests().expectResumeMatches(text, stop: 31)
  }

  @Test func gradNormResumesBitForBit() throws {
    let text = try Self.poissonMixed(
      weighting: "{ rule: gradnorm, lr: 0.01 }", steps: 40, training: ", precision: float32")
    try RunResumeTests().expectResumeMatches(text, stop: 23)
  }
}
