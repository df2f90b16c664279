import Foundation
import LossrunCheck
import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Every aggregator trains the shrunk `specs/poisson-mixed.yaml`, alone and combined with
/// annealing; the loop's coefficients are the aggregator's on the step's Gramian; a stateful
/// aggregator resumes bit for bit.
@Suite struct AggregatorRunTests {
  /// Every aggregator the catalogue lists.
  static let aggregators = [
    "pcgrad", "mgda", "cagrad", "upgrad", "dualproj", "config", "mconfig",
    "imtlg",
  ]

  /// `specs/poisson-mixed.yaml` with 8 points per sampler, hidden [8], `steps` steps, no
  /// evaluation and `weighting` as its weighting.
  static func shrunkPoissonMixed(weighting: String, steps: Int) throws -> String {
    let path = SpecFixtures.packageRoot.appendingPathComponent("specs/poisson-mixed.yaml").path
    var text = try String(contentsOfFile: path, encoding: .utf8)
    for sampler in [
      "interior: ", "dirichlet: { region: boundary,", "neumann:   { region: boundary,",
    ] {
      let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  " + sampler) })
      text = text.patched(
        replacing: String(line),
        with: String(line).replacingOccurrences(of: "points: 256", with: "points: 8"))
    }
    return text.patched(replacing: "hidden: [50, 50, 50]", with: "hidden: [8]")
      .patched(
        replacing: "weighting: { rule: annealing, reference: residual, stat: mean, ema: 0.1, "
          + "every: 10 }",
        with: "weighting: \(weighting)"
      )
      .patched(
        replacing: "steps: 20000, seed: 0 }", with: "steps: \(steps), seed: 0, log_every: 50 }"
      )
      .patched(replacing: "evaluate: { exact: exact, grid: [101, 101], every: 1000 }\n", with: "")
  }

  /// Trains `text` and returns the summary's final losses.
  static func train(_ text: String) throws -> TrainingRun.Result {
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory("aggregator")
    defer { try? FileManager.default.removeItem(atPath: out) }
    return try TrainingRun.run(spec: spec, specText: nil, options: RunOptions(outputDirectory: out))
  }

  @Test(arguments: aggregators)
  func eachAggregatorTrainsAlone(_ name: String) throws {
    let result = try Self.train(Self.shrunkPoissonMixed(weighting: "{ rule: \(name) }", steps: 500))
    #expect(result.summary.steps == 500)
    #expect(result.summary.finalLosses.allSatisfy { $0.isFinite })
  }

  @Test(arguments: aggregators.filter { $0 != "mconfig" })
  func eachAggregatorCombinesWithAnnealing(_ name: String) throws {
    let weighting = "{ rule: annealing, stat: mean, combine: \(name) }"
    let result = try Self.train(Self.shrunkPoissonMixed(weighting: weighting, steps: 100))
    #expect(result.summary.steps == 100)
    #expect(result.summary.finalLosses.allSatisfy { $0.isFinite })
  }

  @Test func anAggregatorsSettingsApplyWhenCombined() throws {
    let text = try Self.shrunkPoissonMixed(
      weighting: "{ rule: annealing, combine: cagrad, combine_c: 0.25, combine_rescale: 2 }",
      steps: 1)
    let spec = try #require(RunTestSupport.checked(text))
    #expect(spec.aggregator == .cagrad(c: 0.25, rescale: 2))
    #expect(spec.weighting.ruleName == "annealing")
  }

  @Test func theLoopsCoefficientsAreTheAggregatorsOnTheStepsGramian() throws {
    let text = try Self.shrunkPoissonMixed(
      weighting: "{ rule: annealing, stat: mean, every: 1, combine: upgrad }", steps: 5)
    let spec = try #require(RunTestSupport.checked(text))
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let loop = try TrainingLoop<Double>(problem: problem, threads: 1)
    for step in 0..<3 { _ = try loop.step(step, perTermWanted: false, evaluate: false) }
    // The points never move (no resampling), so the pass at the parameters before step 3
    // gives step 3's per-term gradients again.
    let before = Array(loop.plan.parameters)
    _ = try loop.step(3, perTermWanted: false, evaluate: false)
    for index in before.indices { loop.plan.parameters[index] = before[index] }
    loop.plan.computePerTermGradients()
    let rows = TermGradients(
      base: loop.plan.termGradientRows, termCount: loop.plan.termCount,
      parameterCount: loop.plan.layout.count)
    let weights = loop.weightValues
    let expected = UPGradAggregator().coefficients(
      gramian: Gramian(gradients: rows).scaled(by: weights))
    for i in weights.indices {
      #expect(
        abs(loop.aggregatorCoefficients[i] - expected[i] * weights[i])
          <= 1e-7 * max(1, abs(expected[i] * weights[i])))
    }
  }

  @Test func pcgradResumesBitForBit() throws {
    let text = RunResumeTests.spec(
      training: "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, "
        + "log_every: 5, checkpoint_every: 6", weighting: "{ rule: pcgrad }")
    try RunResumeTests().expectResumeMatches(text, stop: 20)
  }

  @Test func mconfigResumesBitForBit() throws {
    let text = RunResumeTests.spec(
      training: "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, "
        + "log_every: 5, checkpoint_every: 6", weighting: "{ rule: mconfig }")
    try RunResumeTests().expectResumeMatches(text, stop: 17)
  }
}
