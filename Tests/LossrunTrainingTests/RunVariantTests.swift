import Foundation
import LossrunCheck
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Short runs of every weighting rule and optimizer the loop wires, checking that each trains
/// (finite, lower loss) and that the rule's weights move as it says.
@Suite struct RunVariantTests {
  static func train(weighting: String, training: String = "") throws -> TrainingRun.Result {
    var text = SpecFixtures.smallPoissonYAML(steps: 30, weighting: weighting)
    if !training.isEmpty {
      text = text.patched(
        replacing: "training: { optimizer: adam, lr: 1e-3,", with: "training: { \(training),")
    }
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory("variant")
    defer { try? FileManager.default.removeItem(atPath: out) }
    return try TrainingRun.run(
      spec: spec, specText: nil,
      options: RunOptions(outputDirectory: out))
  }

  @Test(arguments: [
    "{ rule: wang2021, reference: residual, shared: [wall, side] }",
    "{ rule: physicsnemo, reference: residual }",
    "{ rule: annealing, reference: residual, stat: max, every: 5, params: weights }",
    "{ rule: grad_norm, every: 10 }",
    "jaxpi",
  ])
  func weightingRulesTrain(weighting: String) throws {
    let result = try Self.train(weighting: weighting)
    #expect(result.summary.finalLosses.allSatisfy { $0.isFinite })
    #expect(
      result.summary.finalWeights[0] == 1 || weighting.contains("grad_norm") || weighting == "jaxpi"
    )
    if weighting.contains("shared") {
      #expect(result.summary.finalWeights[1] == result.summary.finalWeights[2])
      #expect(result.summary.finalWeights[1] != 1)
    }
  }

  @Test(arguments: [
    "optimizer: sgd, lr: 1e-3, momentum: 0.9",
    "optimizer: adam, lr: 1e-3, lbfgs_from: 20",
    "optimizer: lbfgs, lr: 1, max_iter: 5",
    "optimizer: adam, lr: 1e-2, schedule: { kind: cosine, min_lr: 1e-4 }",
  ])
  func optimizersTrain(training: String) throws {
    let result = try Self.train(weighting: "fixed", training: training)
    #expect(result.summary.finalLosses.allSatisfy { $0.isFinite })
    #expect(result.summary.steps == 30)
  }
}
