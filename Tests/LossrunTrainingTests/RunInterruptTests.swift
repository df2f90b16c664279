import Foundation
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Stopping a run early (the caller's stop check, Ctrl-C on the command line) still writes
/// every output, describing the steps done.
@Suite(.serialized) struct RunInterruptTests {
  @Test func aStoppedRunWritesEverything() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML(steps: 50)))
    let out = RunTestSupport.temporaryDirectory("stopped")
    defer { try? FileManager.default.removeItem(atPath: out) }
    var checks = 0
    let result = try TrainingRun.run(
      spec: spec, specText: "text", specExtension: "yaml",
      options: RunOptions(outputDirectory: out),
      shouldStop: {
        checks += 1
        return checks > 7
      })
    #expect(result.interrupted)
    #expect(result.summary.steps == 7)
    for file in ["metrics.csv", "summary.json", "parameters.lrp", "spec.yaml"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
    }
    let metrics = try String(contentsOfFile: out + "/metrics.csv", encoding: .utf8)
    #expect(metrics.split(separator: "\n").last?.hasPrefix("7,") == true)
    #expect(
      try String(contentsOfFile: out + "/summary.json", encoding: .utf8).contains("\"steps\": 7"))
  }

  @Test func rerunsWithTwoThreadsAreIdentical() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML(steps: 12)))
    var parameters: [Data?] = []
    for name in ["threads-a", "threads-b"] {
      let out = RunTestSupport.temporaryDirectory(name)
      defer { try? FileManager.default.removeItem(atPath: out) }
      _ = try TrainingRun.run(
        spec: spec, specText: nil,
        options: RunOptions(outputDirectory: out, threads: 2))
      parameters.append(FileManager.default.contents(atPath: out + "/parameters.lrp"))
    }
    #expect(parameters[0] != nil && parameters[0] == parameters[1])
  }
}
