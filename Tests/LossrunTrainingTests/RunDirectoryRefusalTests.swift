import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// A run never overwrites another: an output directory that holds a run is refused (its files
/// stay byte for byte), `--force` deletes that run's files only, and never empties a directory
/// that holds no run.
@Suite(.serialized) struct RunDirectoryRefusalTests {
  static let text = SpecFixtures.smallPoissonYAML(steps: 6)

  /// Every file in `directory` with its bytes.
  static func snapshot(_ directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
      files[name] = FileManager.default.contents(atPath: directory + "/" + name)
    }
    return files
  }

  @Test func aSecondRunIntoTheSameDirectoryIsRefusedAndChangesNothing() throws {
    let spec = try #require(RunTestSupport.checked(Self.text))
    let out = RunTestSupport.temporaryDirectory("refused")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try TrainingRun.run(
      spec: spec, specText: Self.text, options: RunOptions(outputDirectory: out))
    let before = try Self.snapshot(out)
    #expect(Set(before.keys).isSuperset(of: ["metrics.csv", "summary.json", "checkpoint.lrc"]))
    let error = #expect(throws: TrainingError.self) {
      try TrainingRun.run(
        spec: spec, specText: Self.text, options: RunOptions(steps: 3, outputDirectory: out))
    }
    for advice in ["already holds a run", "--force", "--resume", "--out"] {
      #expect(error?.message.contains(advice) == true, "\(error?.message ?? "")")
    }
    #expect(try Self.snapshot(out) == before)
  }

  @Test func forceReplacesTheRunsFilesAndKeepsOthers() throws {
    let spec = try #require(RunTestSupport.checked(Self.text))
    let out = RunTestSupport.temporaryDirectory("forced")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try TrainingRun.run(
      spec: spec, specText: Self.text, options: RunOptions(outputDirectory: out))
    try "notes".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
    let result = try TrainingRun.run(
      spec: spec, specText: Self.text,
      options: RunOptions(steps: 3, outputDirectory: out, force: true))
    #expect(result.summary.steps == 3)
    #expect(try RunComparison.summary(out)["steps"] as? Int == 3)
    #expect(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8) == "notes")
  }

  @Test func forceRefusesADirectoryThatHoldsNoRun() throws {
    let spec = try #require(RunTestSupport.checked(Self.text))
    let out = RunTestSupport.temporaryDirectory("not-a-run")
    defer { try? FileManager.default.removeItem(atPath: out) }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try "keep".write(toFile: out + "/thesis.tex", atomically: true, encoding: .utf8)
    let error = #expect(throws: TrainingError.self) {
      try TrainingRun.run(
        spec: spec, specText: Self.text, options: RunOptions(outputDirectory: out, force: true))
    }
    #expect(error?.message.contains("holds no run") == true)
    #expect(try Self.snapshot(out).keys.sorted() == ["thesis.tex"])
  }
}
