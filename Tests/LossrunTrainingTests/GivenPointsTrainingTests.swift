import Foundation
import LossrunReport
import Testing

@testable import LossrunTraining

/// Given points in training: listed points reach the plan exactly as written, a file's
/// mini-batches are rows of the file that change from step to step, and a term reading
/// `data.u` fits the file's values.
@Suite struct GivenPointsTrainingTests {
  /// A directory holding `obs.csv`: 20 rows of `x, u` with u = sin(πx), columns in the order
  /// `u, x` (the header decides, not the order).
  static func dataDirectory(_ name: String) throws -> (directory: String, xs: [Double]) {
    let directory = RunTestSupport.temporaryDirectory(name)
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    let xs = (0..<20).map { (Double($0) + 0.5) / 20 }
    let rows = xs.map { "\(sin(Double.pi * $0)),\($0)" }
    try (["u,x"] + rows).joined(separator: "\n")
      .write(toFile: directory + "/obs.csv", atomically: true, encoding: .utf8)
    return (directory, xs)
  }

  static func spec(file: String, batch: String, steps: Int = 4) -> String {
    """
    name: given
    inputs: { x: [0, 1] }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      obs: { file: \(file)\(batch) }
      pin: { points: [[0.25], [0.75]] }
    terms:
      data: { on: obs, residual: "u - data.u" }
      pin: { on: pin, residual: "u - sin(pi*x)" }
    training: { optimizer: adam, lr: 1e-2, steps: \(steps), seed: 3, precision: float64 }
    """
  }

  static func loop(_ text: String) throws -> TrainingLoop<Double> {
    let spec = try #require(RunTestSupport.checked(text))
    return try TrainingLoop<Double>(
      problem: LoweredProblem(spec: spec, evaluation: nil), threads: 1)
  }

  @Test func listedPointsAndFileBatchesReachThePlan() throws {
    let (directory, xs) = try Self.dataDirectory("given-batches")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let loop = try Self.loop(Self.spec(file: directory + "/obs.csv", batch: ", batch: 5"))
    var batches: [[Double]] = []
    for step in 0..<4 {
      _ = try loop.step(step, perTermWanted: true, evaluate: false)
      #expect(loop.samplers.coordinates(entry: 1, input: 0) == [0.25, 0.75])
      let batch = loop.samplers.coordinates(entry: 0, input: 0)
      #expect(batch.count == 5)
      #expect(Set(batch).count == 5, "rows drawn without replacement within a step")
      #expect(batch.allSatisfy { x in xs.contains { abs($0 - x) < 1e-12 } }, "\(batch)")
      batches.append(batch)
    }
    #expect(Set(batches.map { $0.sorted() }).count > 1, "the mini-batches never changed")
  }

  @Test func withoutABatchEveryRowIsUsed() throws {
    let (directory, xs) = try Self.dataDirectory("given-all")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let loop = try Self.loop(Self.spec(file: directory + "/obs.csv", batch: ""))
    _ = try loop.step(0, perTermWanted: true, evaluate: false)
    let points = loop.samplers.coordinates(entry: 0, input: 0).sorted()
    #expect(zip(points, xs).allSatisfy { abs($0 - $1) < 1e-12 } && points.count == xs.count)
  }

  @Test func aTermOnFileDataFitsTheFilesValues() throws {
    let (directory, _) = try Self.dataDirectory("given-fit")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let out = directory + "/run"
    _ = try RunTests.run(
      Self.spec(file: directory + "/obs.csv", batch: ", batch: 8", steps: 600), out: out)
    let table = LossrunReport.MetricsTable(csv: RunTests.contents(out + "/metrics.csv"))
    let loss = table.series(y: "loss_data").ys
    let first = try #require(loss.first)
    let last = try #require(loss.last)
    #expect(last < first / 10, "data loss \(first) -> \(last)")
  }
}
