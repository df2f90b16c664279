import Foundation
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// `--resume` refuses a checkpoint it cannot continue exactly, with a message naming the
/// checkpoint and, for a setting that differs, located at that setting: a corrupt file (bad
/// magic, truncated, damaged), another spec, another seed, precision or thread count.
@Suite(.serialized) struct CheckpointRefusalTests {
  static let text = SpecFixtures.smallPoissonYAML(steps: 8).patched(
    replacing: "seed: 3, precision: float64,", with: "seed: 3,\n    precision: float64,")

  /// The 1-based line of `text` holding `fragment`.
  static func line(of fragment: String) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains(fragment) }.map { $0 + 1 }
  }

  /// A finished run of `text` in a fresh directory, and its checkpoint's bytes.
  static func finishedRun(_ name: String) throws -> (directory: String, checkpoint: Data) {
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory(name)
    _ = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(steps: 4, outputDirectory: out))
    return (out, try #require(FileManager.default.contents(atPath: out + "/checkpoint.lrc")))
  }

  /// The error of resuming the run in `directory` with `text` and `options`.
  static func resumeError(
    _ directory: String, text: String = text, options: RunOptions = RunOptions()
  ) throws -> TrainingError? {
    let spec = try #require(RunTestSupport.checked(text))
    var options = options
    options.outputDirectory = directory
    options.resume = true
    return #expect(throws: TrainingError.self) {
      try TrainingRun.run(spec: spec, specText: text, options: options)
    }
  }

  @Test(arguments: ["magic", "truncated", "damaged", "empty"])
  func corruptCheckpointsAreRefused(_ damage: String) throws {
    let (out, bytes) = try Self.finishedRun("corrupt-\(damage)")
    defer { try? FileManager.default.removeItem(atPath: out) }
    var damaged = bytes
    switch damage {
    case "magic": damaged[0] = UInt8(ascii: "X")
    case "truncated": damaged = damaged.prefix(damaged.count / 2)
    case "damaged": damaged[damaged.count / 2] ^= 0x20
    default: damaged = Data()
    }
    try damaged.write(to: URL(fileURLWithPath: out + "/checkpoint.lrc"))
    let expected = ["magic": "bad magic", "truncated": "truncated", "damaged": "SHA-256"]
    let error = try Self.resumeError(out)
    #expect(error?.message.contains("checkpoint.lrc") == true)
    #expect(error?.message.contains(expected[damage] ?? "bad magic") == true, "\(error!)")
  }

  @Test func checkpointsOfAnotherSpecOrOtherSettingsAreRefused() throws {
    let (out, _) = try Self.finishedRun("foreign")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let other = Self.text.patched(replacing: "points: 24", with: "points: 25")
    #expect(try Self.resumeError(out, text: other)?.message.contains("another spec") == true)
    let seed = try Self.resumeError(out, options: RunOptions(seed: 4))
    #expect(seed?.message.contains("seed 3, this run uses seed 4") == true)
    #expect(seed?.range?.start.line == Self.line(of: "seed: 3"))
    let precision = try Self.resumeError(out, options: RunOptions(precision: .float32))
    #expect(precision?.message.contains("precision float64, this run uses float32") == true)
    #expect(precision?.range?.start.line == Self.line(of: "precision: float64"))
    let threads = try Self.resumeError(out, options: RunOptions(threads: 2))
    #expect(threads?.message.contains("1 thread(s), this run uses 2") == true)
    let fewer = try Self.resumeError(out, options: RunOptions(steps: 2))
    #expect(fewer?.message.contains("already took 4 steps") == true)
  }

  @Test func resumingWithoutACheckpointIsRefused() throws {
    let out = RunTestSupport.temporaryDirectory("empty")
    #expect(try Self.resumeError(out)?.message.contains("holds no checkpoint") == true)
  }
}
