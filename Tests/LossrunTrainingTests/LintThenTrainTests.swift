import Foundation
import LossrunCheck
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// A spec that lints clean trains: every spec in `specs/` (both formats) and every valid twin of
/// the problem lints' bad specs passes lint with no diagnostic, passes `lint --deep`, and
/// trains one step, so lint never passes a spec that fails at the start of training.
@Suite struct LintThenTrainTests {
  static let specs: [(name: String, path: String?, text: String)] =
    (SpecFixtures.exampleSpecPaths(extension: "yaml")
    + SpecFixtures.exampleSpecPaths(extension: "loss")).map {
      (($0 as NSString).lastPathComponent, $0, "")
    } + ProblemFixtures.all.map { ($0.name, nil, $0.text) }

  @Test(arguments: specs.map(\.name))
  func lintsCleanAndTrainsOneStep(_ name: String) throws {
    let entry = try #require(Self.specs.first { $0.name == name })
    let fixture = ProblemFixtures.all.first { $0.name == name }
    let report =
      entry.path.map { SpecFrontEnd.load(path: $0, machineMemory: 1 << 50) }
      ?? SpecFrontEnd.load(
        text: entry.text, path: "\(name).\(fixture?.ext ?? "yaml")", machineMemory: 1 << 50)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    let checked = try #require(report.checked)
    #expect(DeepLint.check(checked).isEmpty, "\(DeepLint.check(checked).map(\.message))")
    let out = RunTestSupport.temporaryDirectory("lint-then-train-\(name)")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let spec = try checked.smallBatch(atMost: 64).overriding(
      CheckedSpec.Overrides(steps: 1, outputDirectory: out))
    let result = try TrainingRun.run(spec: spec, specText: nil, options: RunOptions())
    #expect(result.summary.steps == 1)
    #expect(result.nonFiniteLoss == nil)
  }

  @Test func aSpecWithAHugeTermGetsATermScaleWarning() throws {
    let text = ProblemFixtures.heat.patched(
      replacing: "u_t - u_xx - f", with: "1e8*(u_t - u_xx - f)")
    let checked = try #require(RunTestSupport.checked(text))
    let warnings = DeepLint.check(checked)
    #expect(warnings.map(\.id) == [.termScale, .termScale])
    #expect(warnings.first?.range?.start.line == 11)
    #expect(warnings.first?.message.contains("'pde'") == true)
    let scales = try DeepLint.measure(checked)
    #expect(scales[0].loss > 1e6 * scales[1].loss)
  }

  @Test func weightingRulesAreNotWarnedAbout() throws {
    let text = ProblemFixtures.heat.patched(
      replacing: "u_t - u_xx - f", with: "1e8*(u_t - u_xx - f)"
    ).patched(
      replacing: "training: { steps: 10 }",
      with: "weighting: { rule: annealing, reference: pde }\ntraining: { steps: 10 }")
    let checked = try #require(RunTestSupport.checked(text))
    #expect(DeepLint.check(checked).isEmpty)
  }
}
