import Foundation
import LossrunCheck
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Short runs of every weighting rule and optimizer the loop wires, checking that each trains
/// (finite, lower loss) and that the rule's weights move as it says.
@Suite struct RunVariantTests {
  /// The terms of the small spec, in order (`residual` is the annealing reference).
  static let termNames = ["residual", "wall", "side"]
  /// The steps of every run here.
  static let steps = 30

  /// What one short run produced.
  struct Variant {
    var result: TrainingRun.Result
    var metrics: MetricsTable
  }

  /// A weighting rule and what its weights must do.
  struct WeightingCase: Sendable, CustomTestStringConvertible {
    /// The spec's `weighting:` value.
    var weighting: String
    /// The rule's update interval: weights may change only at steps that are multiples of it.
    var every: Int
    /// The reference term, whose weight never leaves 1 (annealing rules).
    var reference: Int?
    /// Terms that share one weight.
    var shared: [Int] = []

    var testDescription: String { weighting }
  }

  /// Trains the small spec for ``steps`` steps and reads its metrics back.
  static func train(weighting: String, training: String? = nil) throws -> Variant {
    var text = SpecFixtures.smallPoissonYAML(steps: steps, weighting: weighting)
    if let training {
      text = text.patched(
        replacing: "training: { optimizer: adam, lr: 1e-3,", with: "training: { \(training),")
    }
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory("variant")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try TrainingRun.run(
      spec: spec, specText: nil, options: RunOptions(outputDirectory: out))
    let metrics = try MetricsTable(path: result.directory.metricsPath, termNames: termNames)
    return Variant(result: result, metrics: metrics)
  }

  /// The run took every step, every logged loss is finite, and the final loss is below the
  /// first logged one, both unweighted (Σ L_t) and weighted by the final weights (Σ w_t·L_t).
  static func expectTrained(
    _ variant: Variant, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let rows = variant.metrics.rows
    #expect(variant.result.summary.steps == steps, sourceLocation: sourceLocation)
    #expect(rows.last?.step == steps, sourceLocation: sourceLocation)
    #expect(
      rows.allSatisfy { $0.losses.allSatisfy(\.isFinite) }, sourceLocation: sourceLocation)
    let first = try #require(rows.first, sourceLocation: sourceLocation)
    let last = try #require(rows.last, sourceLocation: sourceLocation)
    #expect(
      last.losses.reduce(0, +) < first.losses.reduce(0, +), "\(first.losses) -> \(last.losses)",
      sourceLocation: sourceLocation)
    // Adaptive weights grow, so the weighted totals of two steps compare only under one set
    // of weights: the final ones.
    let firstUnderFinalWeights = first.weightedLoss(under: last.weights)
    #expect(
      last.weightedLoss < firstUnderFinalWeights,
      "\(firstUnderFinalWeights) -> \(last.weightedLoss)", sourceLocation: sourceLocation)
    #expect(last.losses == variant.result.summary.finalLosses, sourceLocation: sourceLocation)
    #expect(last.weights == variant.result.summary.finalWeights, sourceLocation: sourceLocation)
  }

  @Test func fixedWeightsNeverMove() throws {
    let variant = try Self.train(weighting: "fixed")
    try Self.expectTrained(variant)
    #expect(variant.metrics.rows.allSatisfy { $0.weights == [1, 1, 1] })
  }

  @Test(arguments: [
    WeightingCase(
      weighting: "{ rule: wang2021, reference: residual, shared: [wall, side] }", every: 10,
      reference: 0, shared: [1, 2]),
    WeightingCase(weighting: "{ rule: physicsnemo, reference: residual }", every: 1, reference: 0),
    WeightingCase(
      weighting: "{ rule: annealing, reference: residual, stat: max, every: 5, params: weights }",
      every: 5, reference: 0),
    WeightingCase(weighting: "{ rule: grad_norm_balance, every: 10 }", every: 10),
    WeightingCase(weighting: "jaxpi", every: 1000),
    WeightingCase(weighting: "relobralo", every: 1),
    WeightingCase(weighting: "softadapt", every: 1),
    WeightingCase(weighting: "uncertainty", every: 1),
    WeightingCase(weighting: "{ rule: gradnorm, lr: 0.01 }", every: 1),
  ])
  func adaptiveWeightsMoveOnlyAsTheRuleSays(_ rule: WeightingCase) throws {
    let variant = try Self.train(weighting: rule.weighting)
    try Self.expectTrained(variant)
    let rows = variant.metrics.rows
    // Every weight starts at 1; between two logged steps (the start counts as step -1) the
    // weights change only when an update step (a multiple of `every`) lies between them.
    let updateSteps = (0..<Self.steps).filter { $0 % rule.every == 0 }
    var previous = (step: -1, weights: [1.0, 1, 1])
    var changes = 0
    for row in rows {
      let updated = updateSteps.contains { previous.step < $0 && $0 <= row.step }
      if row.weights != previous.weights {
        changes += 1
        #expect(updated, "weights changed between steps \(previous.step) and \(row.step)")
      }
      previous = (row.step, row.weights)
    }
    #expect(changes >= 1, "the weights never moved")
    if let reference = rule.reference {
      #expect(rows.allSatisfy { $0.weights[reference] == 1 })
      let others = Self.termNames.indices.filter { $0 != reference }
      #expect(others.contains { rows.last?.weights[$0] != 1 })
    }
    if let first = rule.shared.first {
      #expect(
        rows.allSatisfy { row in rule.shared.allSatisfy { row.weights[$0] == row.weights[first] } })
    }
  }

  @Test(arguments: [
    "optimizer: sgd, lr: 1e-3, momentum: 0.9",
    "optimizer: adam, lr: 1e-3, lbfgs_from: 20",
    "optimizer: lbfgs, lr: 1, max_iter: 5",
    "optimizer: adam, lr: 1e-2, schedule: { kind: cosine, min_lr: 1e-4 }",
  ])
  func optimizersLowerTheLoss(training: String) throws {
    try Self.expectTrained(try Self.train(weighting: "fixed", training: training))
  }

  /// `lbfgs_from: 20` is Adam through step 19 (its rows match a plain Adam run's exactly, up to
  /// and including step 20, whose loss is measured before that step's update) and L-BFGS from
  /// step 20 on, which lowers the loss further than Adam's last ten steps do.
  @Test func lbfgsFromSwitchesAtItsStep() throws {
    let adam = try Self.train(weighting: "fixed", training: "optimizer: adam, lr: 1e-3")
    let switched = try Self.train(
      weighting: "fixed", training: "optimizer: adam, lr: 1e-3, lbfgs_from: 20")
    let before = { (variant: Variant) in variant.metrics.rows.filter { $0.step <= 20 } }
    let after = { (variant: Variant) in variant.metrics.rows.filter { $0.step > 20 } }
    #expect(before(switched) == before(adam))
    #expect(!after(switched).isEmpty)
    for (lbfgs, plain) in zip(after(switched), after(adam)) {
      #expect(lbfgs.weightedLoss < plain.weightedLoss, "step \(lbfgs.step)")
    }
  }
}
