import Foundation
import LossrunCheck
import LossrunEngine
import LossrunReport
import Testing

@testable import LossrunTraining

/// Given points in training: listed points come out exactly, file rows are served all at once
/// or in mini-batches that vary with the step, `data.NAME` reads the served rows' values, and
/// a small fit to file data and a pinned value train.
@Suite struct GivenPointsRunTests {
  /// A one-input spec in `directory` with a listed gauge and a data file of `rows` rows of
  /// `u = 2x` (`x = i / (rows - 1)`).
  static func spec(directory: String, rows: Int, batch: String, steps: Int = 5) throws -> String {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var csv = "x,u\n"
    for i in 0..<rows {
      let x = Double(i) / Double(rows - 1)
      csv += "\(x),\(2 * x)\n"
    }
    try csv.write(toFile: directory + "/obs.csv", atomically: true, encoding: .utf8)
    return """
      inputs: { x: [0, 1] }
      network: { outputs: [u, p], hidden: [8] }
      samplers:
        gauge: { points: [[0.25], [0.75]] }
        obs: { file: obs.csv\(batch) }
      terms:
        pin: { on: gauge, residual: "p - 3" }
        fit: { on: obs, residual: "u - data.u" }
      training: { steps: \(steps), lr: 0.01, precision: float64 }
      """
  }

  static func checked(_ text: String, directory: String) throws -> CheckedSpec {
    let path = directory + "/spec.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let report = SpecFrontEnd.load(path: path)
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    return try #require(report.checked)
  }

  @Test func listedPointsAndAllRowsComeOutExactlyEveryStep() throws {
    let directory = RunTestSupport.temporaryDirectory("given-all")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = try Self.checked(
      try Self.spec(directory: directory, rows: 5, batch: ""), directory: directory)
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 0)
    var bank = try SamplerBank<Double>(problem: problem, seed: 0)
    for step in 0..<3 {
      try bank.refresh(step: step, plan: plan)
      #expect(bank.entries[0].batch.points == [0.25, 0.75])
      #expect(bank.entries[1].batch.points == [0, 0.25, 0.5, 0.75, 1])
      #expect(bank.entries[1].dataFields == [[0, 0.5, 1, 1.5, 2]])
    }
    #expect(!bank.redraws(0, at: 1) && !bank.redraws(1, at: 1))
  }

  @Test func batchesAreSubsetsOfTheRowsThatVaryWithTheStep() throws {
    let directory = RunTestSupport.temporaryDirectory("given-batch")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = try Self.checked(
      try Self.spec(directory: directory, rows: 11, batch: ", batch: 4"), directory: directory)
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 0)
    var bank = try SamplerBank<Double>(problem: problem, seed: 0)
    var batches: Set<[Double]> = []
    for step in 0..<6 {
      try bank.refresh(step: step, plan: plan)
      let points = bank.entries[1].batch.points
      #expect(points.count == 4)
      #expect(Set(points).count == 4, "rows repeat within a step: \(points)")
      for x in points {
        let row = x * 10
        #expect(abs(row - row.rounded()) < 1e-12 && (0...10).contains(row.rounded()))
      }
      // The data served is the data of the same rows.
      #expect(bank.entries[1].dataFields.first?.prefix(4).map { $0 / 2 } == points)
      batches.insert(points)
    }
    #expect(batches.count > 1, "the batch never changed")
    // The same seed serves the same batches.
    var again = try SamplerBank<Double>(problem: problem, seed: 0)
    try again.refresh(step: 0, plan: plan)
    var first = try SamplerBank<Double>(problem: problem, seed: 0)
    try first.refresh(step: 0, plan: plan)
    #expect(again.entries[1].batch.points == first.entries[1].batch.points)
  }

  @Test func aFitToFileDataAndAPinnedValueTrain() throws {
    let directory = RunTestSupport.temporaryDirectory("given-train")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = try Self.spec(directory: directory, rows: 9, batch: ", batch: 6", steps: 150)
    let spec = try Self.checked(text, directory: directory)
    var options = RunOptions()
    options.outputDirectory = directory + "/run"
    _ = try TrainingRun.run(spec: spec, specText: text, options: options)
    let metrics = try String(contentsOfFile: directory + "/run/metrics.csv", encoding: .utf8)
    let lines = metrics.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    let header = try #require(lines.first)
    let fit = try #require(header.firstIndex(of: "loss_fit"))
    let pin = try #require(header.firstIndex(of: "loss_pin"))
    let rows = lines.dropFirst().filter { $0.count == header.count }
    let first = try #require(rows.first)
    let last = try #require(rows.last)
    let (fitStart, fitEnd) = (try #require(Double(first[fit])), try #require(Double(last[fit])))
    let (pinStart, pinEnd) = (try #require(Double(first[pin])), try #require(Double(last[pin])))
    #expect(fitEnd < fitStart / 4, "fit loss \(fitStart) -> \(fitEnd)")
    #expect(pinEnd < pinStart / 4, "pin loss \(pinStart) -> \(pinEnd)")
  }
}
