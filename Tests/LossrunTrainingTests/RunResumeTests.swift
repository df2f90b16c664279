import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// A run stopped half way and resumed from its checkpoint ends exactly as a run that was never
/// stopped: the same parameters and metrics (but wall-clock time), for each kind of state a
/// checkpoint carries.
@Suite(.serialized) struct RunResumeTests {
  /// The small Poisson spec with `training` replaced (the fixture's line is patched).
  static func spec(
    training: String, weighting: String = "{ rule: annealing, reference: residual, stat: mean }",
    resample: Int? = 7
  ) -> String {
    SpecFixtures.smallPoissonYAML(steps: 40, weighting: weighting, resample: resample).patched(
      replacing:
        "training: { optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, "
        + "log_every: 5 }",
      with: "training: { " + training + " }")
  }

  /// Trains `text` straight into one directory, and into another stopped before step `stop`
  /// and resumed; expects identical outputs and a summary that says what happened.
  func expectResumeMatches(_ text: String, stop: Int) throws {
    let spec = try #require(RunTestSupport.checked(text))
    let straight = RunTestSupport.temporaryDirectory("straight")
    let resumed = RunTestSupport.temporaryDirectory("resumed")
    defer {
      for directory in [straight, resumed] {
        try? FileManager.default.removeItem(atPath: directory)
      }
    }
    _ = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: straight))
    var checks = 0
    let first = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: resumed),
      shouldStop: {
        checks += 1
        return checks > stop
      })
    #expect(first.interrupted && first.summary.steps == stop)
    #expect(try RunComparison.summary(resumed)["status"] as? String == "interrupted")
    #expect(try RunComparison.summary(resumed)["status_step"] as? Int == stop)
    let second = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: resumed, resume: true))
    #expect(!second.interrupted && second.summary.resumedFrom == stop)
    try RunComparison.expectIdentical(straight, resumed)
    let summary = try RunComparison.summary(resumed)
    #expect(summary["status"] as? String == "finished")
    #expect(summary["resumed_from"] as? Int == stop)
    #expect(try RunComparison.summary(straight)["resumed_from"] is NSNull)
  }

  @Test func adamResumesBitForBit() throws {
    try expectResumeMatches(
      Self.spec(
        training: "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, "
          + "log_every: 5, checkpoint_every: 6",
        weighting: "fixed"), stop: 20)
  }

  @Test func adamThenLBFGSResumesBitForBit() throws {
    let training =
      "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, log_every: 5, "
      + "lbfgs_from: 15, max_iter: 4"
    try expectResumeMatches(Self.spec(training: training), stop: 22)
    try expectResumeMatches(Self.spec(training: training), stop: 9)
  }

  @Test func annealingResumesBitForBitInFloat32() throws {
    try expectResumeMatches(
      Self.spec(
        training: "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float32, "
          + "log_every: 5, checkpoint_every: 0"), stop: 17)
  }

  @Test func resumingWithMoreStepsExtendsAFinishedRun() throws {
    let text = Self.spec(
      training: "optimizer: adam, lr: 1e-3, steps: 40, seed: 3, precision: float64, log_every: 5")
    let spec = try #require(RunTestSupport.checked(text))
    let straight = RunTestSupport.temporaryDirectory("straight")
    let extended = RunTestSupport.temporaryDirectory("extended")
    defer {
      for directory in [straight, extended] {
        try? FileManager.default.removeItem(atPath: directory)
      }
    }
    _ = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: straight))
    let short = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(steps: 25, outputDirectory: extended))
    #expect(short.summary.status == .finished && short.summary.steps == 25)
    let long = try TrainingRun.run(
      spec: spec, specText: text,
      options: RunOptions(steps: 40, outputDirectory: extended, resume: true))
    #expect(long.summary.steps == 40 && long.summary.resumedFrom == 25)
    try RunComparison.expectIdentical(straight, extended)
  }

  @Test func aFinishedRunResumedAgainRewritesTheSameOutputs() throws {
    let text = Self.spec(
      training: "optimizer: adam, lr: 1e-3, steps: 12, seed: 3, precision: float64, log_every: 5")
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory("again")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try TrainingRun.run(spec: spec, specText: text, options: RunOptions(outputDirectory: out))
    let before = try RunComparison.metricsWithoutElapsed(out)
    let parameters = FileManager.default.contents(atPath: out + "/parameters.lrp")
    _ = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: out, resume: true))
    #expect(try RunComparison.metricsWithoutElapsed(out) == before)
    #expect(FileManager.default.contents(atPath: out + "/parameters.lrp") == parameters)
  }

  @Test func checkpointsRoundTripEveryScalarBitForBit() throws {
    var generator = SystemRandomNumberGenerator()
    let floats =
      (0..<20_000).map { _ in Float(bitPattern: generator.next()) }.filter(\.isFinite)
      + [0, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .ulpOfOne]
    let doubles =
      (0..<20_000).map { _ in Double(bitPattern: generator.next()) }
      .filter(\.isFinite) + [-0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
    let settings = AdamOptimizer<Float>.Settings(
      beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0, weightDecayMode: .l2)
    var adam = AdamOptimizer<Float>(settings: settings)
    adam.firstMoment = floats
    let checkpoint = TrainingCheckpoint<Float>(
      identity: RunIdentity(specSHA256: "x", seed: 1, precision: "float32", threads: 1), step: 3,
      totalSteps: 4, finished: false, elapsedSeconds: 0.5, metricsBytes: 9, parameters: floats,
      activeOptimizer: "adam", adam: adam, sgd: nil, lbfgs: nil,
      weighting: WeightingState(weights: doubles), samplers: [])
    let decoded = try TrainingCheckpoint<Float>.decoded(try checkpoint.encoded())
    #expect(decoded.parameters.map(\.bitPattern) == floats.map(\.bitPattern))
    #expect(decoded.adam?.firstMoment.map(\.bitPattern) == floats.map(\.bitPattern))
    #expect(decoded.weighting.weights.map(\.bitPattern) == doubles.map(\.bitPattern))
  }
}
