import Foundation
import LossrunCheck
import Testing

@testable import LossrunTraining

/// Errors found only when a run starts are located at the declaration they are about.
@Suite struct RunErrorLocationTests {
  @Test func aMissingReferenceFileIsReportedAtItsReferenceValue() throws {
    let text = RunTestSupport.smallSpec(steps: 5).replacingOccurrences(
      of: "evaluate: { exact: exact, grid: [11, 11], every: 10 }",
      with: "evaluate: { reference: /nonexistent/lossrun-ref.csv }")
    let report = SpecFrontEnd.load(text: text, path: "ref.yaml")
    let spec = try #require(report.checked)
    let out = RunTestSupport.temporaryDirectory("ref")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let error = try #require(throws: TrainingError.self) {
      try TrainingRun.run(
        spec: spec, specText: text, options: RunOptions(outputDirectory: out, progress: .silent))
    }
    #expect(error.subject == .reference)
    let diagnostic = error.diagnostic(path: "ref.yaml", spec: report.spec)
    #expect(diagnostic.range?.start.line == 16)
    #expect(diagnostic.range?.start.column == 24)
    #expect(diagnostic.message.contains("cannot read the reference file"))
  }
}
