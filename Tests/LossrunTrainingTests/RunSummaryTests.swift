import Foundation
import LossrunCheck
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// `summary.json` records the settings a run used, the overrides given, lossrun's version and
/// the errors of every evaluated output; the spec copy records the overrides.
@Suite struct RunSummaryTests {
  /// A two-output system: u and v, each with its exact solution.
  static let systemSpec = """
    name: pair
    inputs: { x: [0, 1], y: [0, 1] }
    network: { outputs: [u, v], hidden: [6] }
    samplers: { inside: { region: interior, points: 16 } }
    terms: { pde: { on: inside, residual: ["lap(u) + x", "v - u"] } }
    training: { steps: 20, seed: 1, precision: float64, log_every: 10 }
    evaluate: { exact: { u: "x * y", v: "1 + x" }, grid: [5, 5] }
    """

  static func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func aSystemGetsErrorsPerOutputAndTheCombinedOnesStack() throws {
    let out = RunTestSupport.temporaryDirectory("pair")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let spec = try #require(RunTestSupport.checked(Self.systemSpec))
    let result = try TrainingRun.run(
      spec: spec, specText: Self.systemSpec,
      options: RunOptions(outputDirectory: out))
    let errors = try #require(result.errors)
    #expect(result.summary.outputErrors.map(\.output) == ["u", "v"])
    #expect(result.summary.outputErrors.map(\.relativeL2) == errors.relativeL2)
    #expect(result.summary.outputErrors.map(\.maxError) == errors.maxError)
    #expect(result.summary.maxError == errors.maxError.max())
    // The combined relative L2 lies between the outputs' (it weights each by its ‖expected‖²).
    let combined = try #require(result.summary.relativeL2)
    #expect(combined >= errors.relativeL2.min()! && combined <= errors.relativeL2.max()!)

    let json = try Self.object(
      String(decoding: FileManager.default.contents(atPath: out + "/summary.json")!, as: UTF8.self))
    let perOutput = try #require(json["errors"] as? [String: [String: Double]])
    #expect(perOutput["u"]?["relative_l2"] == errors.relativeL2[0])
    #expect(perOutput["v"]?["max_error"] == errors.maxError[1])
    // metrics.csv keeps its per-output columns.
    let header = String(
      decoding: FileManager.default.contents(atPath: out + "/metrics.csv")!, as: UTF8.self
    ).prefix { $0 != "\n" }
    #expect(header.contains("rel_l2_u,max_error_u,rel_l2_v,max_error_v"))
  }

  @Test func theSummaryRecordsEffectiveSettingsOverridesAndVersion() throws {
    let out = RunTestSupport.temporaryDirectory("overrides")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let text = SpecFixtures.smallPoissonYAML(steps: 30)
    let spec = try #require(RunTestSupport.checked(text))
    _ = try TrainingRun.run(
      spec: spec, specText: text,
      options: RunOptions(
        steps: 4, seed: 8, outputDirectory: out, precision: .float32, threads: 2))
    let summary = String(
      decoding: FileManager.default.contents(atPath: out + "/summary.json")!, as: UTF8.self)
    let json = try Self.object(summary)
    let settings = try #require(json["settings"] as? [String: Any])
    #expect(settings["steps"] as? Int == 4)
    #expect(settings["seed"] as? Int == 8)
    #expect(settings["precision"] as? String == "float32")
    #expect(settings["threads"] as? Int == 2)
    #expect(settings["log_every"] as? Int == 4)
    #expect(settings["optimizer"] as? String == "adam")
    #expect(settings["weighting"] as? String == "annealing")
    let overrides = try #require(json["overrides"] as? [String: Any])
    #expect(overrides.keys.sorted() == ["precision", "seed", "steps"])
    #expect(overrides["steps"] as? Int == 4)
    #expect(json["lossrun_version"] as? String == LossrunVersion.current)
    #expect(summary.contains("\"overrides\": {\"steps\":4,\"seed\":8,\"precision\":\"float32\"},"))

    let copy = String(
      decoding: FileManager.default.contents(atPath: out + "/spec.yaml")!, as: UTF8.self)
    #expect(
      copy.hasPrefix(
        "# lossrun \(LossrunVersion.current) ran this spec with command-line overrides, which "
          + "replace its own values:\n#   --steps 4 --seed 8 --precision float32\n"))
    #expect(copy.hasSuffix(text))
    // The copy still reads as the same spec.
    #expect(RunTestSupport.checked(copy) != nil)
  }

  @Test func withoutOverridesTheCopyIsTheSpecAndOverridesAreEmpty() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML(steps: 3)))
    let summary = RunRecorder.summary(
      spec: spec, evaluationNames: [], stepsCompleted: 3, seconds: 1, finalLosses: [1, 2, 3],
      finalWeights: [1, 1, 1], errors: nil, threads: 1)
    #expect(summary.overriddenSettings.isEmpty)
    #expect(summary.jsonText.contains("\"overrides\": {},\n"))
    #expect(summary.jsonText.contains("\"errors\": null,\n"))
    #expect(RunRecorder.specCopy("name: x\n", summary: summary) == "name: x\n")
  }
}
