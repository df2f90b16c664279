import Foundation
import LossrunCheck
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// A run whose loss becomes NaN stops at that step, says which term and step, and still writes
/// its outputs.
@Suite struct RunNonFiniteTests {
  @Test func aNaNLossStopsTheRunAtItsStepAndNamesTheTerm() throws {
    // sqrt of a negative number: the wall term is NaN from the first step on.
    let text = SpecFixtures.smallPoissonYAML(steps: 30).patched(
      replacing: #"wall: { on: wall, residual: "u - exact" }"#,
      with: #"wall: { on: wall, residual: "sqrt(u - 10) - exact" }"#)
    let report = SpecFrontEnd.load(text: text, path: "nan.yaml")
    let spec = try #require(report.checked)
    let out = RunTestSupport.temporaryDirectory("nan")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: out))

    let nonFinite = try #require(result.nonFiniteLoss)
    #expect(nonFinite.step == 0)
    #expect(nonFinite.termName == "wall")
    #expect(nonFinite.value.isNaN)
    #expect(result.summary.steps == 1)
    for file in ["metrics.csv", "summary.json", "parameters.lrp", "spec.yaml"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file))
    }
    let diagnostic = nonFinite.diagnostic(path: "nan.yaml", spec: spec)
    #expect(diagnostic.id == NonFiniteLoss.diagnosticID)
    #expect(diagnostic.range?.start.line == 12)
    #expect(diagnostic.message.contains("'wall' became NaN at step 0"))
  }
}
