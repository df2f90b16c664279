import Foundation
import LossrunEngine
import LossrunTestSupport
import Testing

/// The built `lossrun` binary stopped by real signals: SIGINT writes a checkpoint that
/// `--resume` continues bit for bit, and SIGKILL at random moments (also while a checkpoint is
/// being written) always leaves the last checkpoint intact and resumable.
@Suite(.serialized) struct ResumeCLITests {
  /// A small spec that checkpoints after every step, with a sampler that redraws, annealing and
  /// a switch to L-BFGS, so every kind of saved state takes part.
  static let spec = """
    name: tiny
    inputs: { x: [0, 1], y: [0, 1] }
    network: { outputs: [u], hidden: [8, 8], activation: tanh }
    samplers:
      interior: { region: interior, points: 24, resample: 7 }
      edge: { region: boundary, points: 16 }
    terms:
      residual: { on: interior, residual: "-lap(u) - 1" }
      edge: { on: edge, residual: "u" }
    weighting: { rule: annealing, reference: residual, stat: mean }
    training:
      optimizer: adam
      steps: 60
      seed: 3
      precision: float64
      log_every: 5
      checkpoint_every: 1
      lbfgs_from: 45
      max_iter: 3
    """

  /// Removes the temporary directory holding the spec at `path` and its runs.
  static func removeDirectory(of path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  /// A running `lossrun` whose output goes nowhere (no pipe to fill).
  static func launch(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = CLITests.binary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// A straight run of the spec at `path` into a fresh directory.
  static func straightRun(_ path: String) throws -> String {
    let out = path + "-straight"
    let result = try CLITests.run([path, "--out", out])
    #expect(result.status == 0, "\(result.standardError)")
    return out
  }

  /// Waits until `path` exists (at most about 20 seconds).
  static func waitForFile(_ path: String) {
    for _ in 0..<2000 where !FileManager.default.fileExists(atPath: path) {
      usleep(10_000)
    }
  }

  @Test func sigintThenResumeEqualsAStraightRun() throws {
    let path = try CLITests.temporarySpec(Self.spec, name: "tiny.yaml")
    defer { Self.removeDirectory(of: path) }
    let straight = try Self.straightRun(path)
    let out = path + "-interrupted"
    let process = try Self.launch([path, "--out", out])
    Self.waitForFile(out + "/checkpoint.lrc")
    usleep(200_000)
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130 || process.terminationStatus == 0)
    let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
    if process.terminationStatus == 130 {
      #expect(summary.contains("\"status\": \"interrupted\""))
    }
    let resumed = try CLITests.run([path, "--out", out, "--resume"])
    #expect(resumed.status == 0, "\(resumed.standardError)")
    try Self.expectIdentical(straight, out)
  }

  @Test func sigtermWritesACheckpointLikeSigint() throws {
    let path = try CLITests.temporarySpec(Self.spec, name: "tiny.yaml")
    defer { Self.removeDirectory(of: path) }
    let out = path + "-terminated"
    let process = try Self.launch([path, "--out", out])
    Self.waitForFile(out + "/checkpoint.lrc")
    kill(process.processIdentifier, SIGTERM)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130 || process.terminationStatus == 0)
    #expect(FileManager.default.fileExists(atPath: out + "/summary.json"))
    let again = try CLITests.run([path, "--out", out])
    #expect(again.status == 1)
    #expect(again.standardError.contains("already holds a run"), "\(again.standardError)")
  }

  @Test func sigkillAtRandomMomentsLeavesAResumableCheckpoint() throws {
    let path = try CLITests.temporarySpec(Self.spec, name: "tiny.yaml")
    defer { Self.removeDirectory(of: path) }
    let straight = try Self.straightRun(path)
    let out = path + "-killed"
    var generator = RandomGenerator(seed: 12)
    var finished = false
    var kills = 0
    for _ in 0..<6 {
      let resume = FileManager.default.fileExists(atPath: out + "/checkpoint.lrc")
      let process = try Self.launch([path, "--out", out, resume ? "--resume" : "--force"])
      usleep(UInt32(150_000 + generator.nextIndex(below: 500_000)))
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        kills += 1
      }
      process.waitUntilExit()
      if process.terminationReason == .exit {
        #expect(process.terminationStatus == 0)
        finished = true
        break
      }
    }
    #expect(kills > 0)
    if !finished {
      let resumed = try CLITests.run([path, "--out", out, "--resume"])
      #expect(resumed.status == 0, "\(resumed.standardError)")
    }
    try Self.expectIdentical(straight, out)
  }

  @Test func resumeAndForceTogetherAreAUsageError() throws {
    let path = try CLITests.temporarySpec(Self.spec, name: "tiny.yaml")
    defer { Self.removeDirectory(of: path) }
    let result = try CLITests.run([path, "--resume", "--force"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("--resume and --force cannot be used together"))
  }

  /// Expects `parameters.lrp` byte for byte and `metrics.csv` but its `elapsed` column equal.
  static func expectIdentical(_ first: String, _ second: String) throws {
    let parameters = [first, second].map {
      FileManager.default.contents(atPath: $0 + "/parameters.lrp")
    }
    #expect(parameters[0] != nil && parameters[0] == parameters[1], "parameters.lrp differ")
    let metrics = try [first, second].map { directory in
      let rows = try String(contentsOfFile: directory + "/metrics.csv", encoding: .utf8)
        .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
      let drop = try #require(rows.first?.firstIndex(of: "elapsed"))
      return rows.map { row in row.enumerated().filter { $0.offset != drop }.map(\.element) }
    }
    let same = metrics[0] == metrics[1]
    #expect(same && metrics[0].count > 10, "metrics.csv differ")
  }
}
