import Foundation
import LossrunCheck
import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Errors found only when a run starts are located from the checked spec, at the declaration
/// they are about.
@Suite struct RunErrorLocationTests {
  /// A directory with `spec.yaml` (the small spec evaluated against `data/ref.csv`) and the
  /// reference file; the spec's path is absolute, so the current directory is not its directory.
  static func specWithReference() throws -> (directory: String, path: String, text: String) {
    let directory = RunTestSupport.temporaryDirectory("reference")
    try FileManager.default.createDirectory(
      atPath: directory + "/data", withIntermediateDirectories: true)
    try "x,y,u\n0,0,0\n0.5,0.5,0.5\n1,1,0\n".write(
      toFile: directory + "/data/ref.csv", atomically: true, encoding: .utf8)
    let text = SpecFixtures.smallPoissonYAML(steps: 5).patched(
      replacing: "evaluate: { exact: exact, grid: [11, 11], every: 10 }",
      with: "evaluate: { reference: data/ref.csv }")
    let path = directory + "/spec.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (directory, path, text)
  }

  @Test func aRelativeReferenceIsReadFromTheSpecFilesDirectory() throws {
    let (directory, path, _) = try Self.specWithReference()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = try #require(SpecFrontEnd.load(path: path).checked)
    let data = try #require(try EvaluationData.make(for: spec))
    #expect(data.count == 3)
    #expect(data.expected == [[0, 0.5, 0]])
  }

  @Test func aReferenceFileGoneAfterCheckingIsReportedAtItsValue() throws {
    let (directory, path, text) = try Self.specWithReference()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = try #require(SpecFrontEnd.load(path: path).checked)
    try FileManager.default.removeItem(atPath: directory + "/data/ref.csv")
    let error = try #require(throws: TrainingError.self) {
      try TrainingRun.run(
        spec: spec, specText: text, options: RunOptions(outputDirectory: directory + "/out"))
    }
    let diagnostic = error.diagnostic(path: path)
    #expect(diagnostic.range?.start == SourceLocation(line: 16, column: 24))
    #expect(
      diagnostic.message
        == "cannot read the reference file '\(directory)/data/ref.csv': no such file")
  }

  @Test func aSamplerErrorIsLocatedAtTheSamplersName() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML()))
    let wall = spec.samplers[1]
    let error = TrainingError("sampler 'wall': cannot place points", at: wall.range)
    #expect(error.diagnostic(path: "test.yaml").range?.start == SourceLocation(line: 8, column: 3))
  }

  @Test func aNonFiniteLossIsLocatedAtTheTermsResidualInTheCheckedSpec() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML()))
    let record = NonFiniteLoss(step: 3, term: 2, termName: "side", value: -.infinity)
    let diagnostic = record.diagnostic(path: "test.yaml", spec: spec)
    #expect(diagnostic.range == spec.terms[2].residualRanges[0])
    #expect(diagnostic.range?.start.line == 13)
    #expect(diagnostic.message.contains("'side' became -infinity at step 3"))
    #expect(record.diagnostic(path: "test.yaml", spec: nil).range == nil)
  }
}
