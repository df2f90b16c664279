import Foundation
import LossrunTestSupport
import Testing

/// A run directory trained by the `lossrun` binary, for the tests of what reads one
/// (`lossrun predict`, `parameters.safetensors`).
struct TrainedRun {
  /// The run directory.
  let directory: String
  /// The temporary directory holding the spec and the run.
  let root: String

  /// Trains `spec` (YAML) into a fresh temporary directory.
  init(spec: String) throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("lossrun-predict-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    let specPath = root + "/spec.yaml"
    try spec.write(toFile: specPath, atomically: true, encoding: .utf8)
    directory = root + "/run"
    let result = try CLITests.run([specPath, "--out", directory])
    try #require(result.status == 0, "training failed: \(result.standardError)")
  }

  /// The small Poisson spec, trained 20 steps in `precision`.
  init(precision: String = "float32") throws {
    try self.init(spec: SpecFixtures.smallPoissonYAML(steps: 20, precision: precision))
  }

  /// Runs `lossrun predict` on the run with `arguments`.
  func predict(_ arguments: [String]) throws -> CLITests.Run {
    try CLITests.run(["predict", directory] + arguments)
  }

  /// Writes `text` to a file in the root directory and returns its path.
  func file(_ name: String, _ text: String) throws -> String {
    let path = root + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Removes the temporary directory.
  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// A CSV text as its header and rows of numbers.
struct NumericCSV {
  /// The header's names.
  var columns: [String]
  /// The rows.
  var rows: [[Double]]

  /// Parses `text` (a header without quoted names, then numbers).
  init(_ text: String) throws {
    let lines = text.split(separator: "\n").map(String.init)
    columns = try #require(lines.first).split(separator: ",").map(String.init)
    rows = try lines.dropFirst().map { line in
      try line.split(separator: ",").map { try #require(Double(String($0)), "'\($0)'") }
    }
  }

  /// The values of column `name`.
  func column(_ name: String) throws -> [Double] {
    let index = try #require(columns.firstIndex(of: name), "no column '\(name)'")
    return rows.map { $0[index] }
  }
}
