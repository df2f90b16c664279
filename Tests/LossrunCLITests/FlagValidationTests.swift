import ArgumentParser
import Testing

@testable import lossrun

/// Bad flag values are usage errors (exit status 2 with a message naming the flag), found when
/// the command line is parsed, before any spec is read.
@Suite struct FlagValidationTests {
  /// The exit status and full message of parsing `arguments`, or nil when they parse.
  static func usageError(_ arguments: [String]) -> (status: Int32, message: String)? {
    do {
      _ = try LossrunCommand.parseAsRoot(arguments)
      return nil
    } catch {
      return (LossrunCommand.exitStatus(for: error), LossrunCommand.fullMessage(for: error))
    }
  }

  @Test(arguments: [
    (["run", "s.yaml", "--steps", "0"], "--steps must be at least 1, not 0"),
    (["run", "s.yaml", "--steps", "-5"], "--steps must be at least 1, not -5"),
    (["s.yaml", "--steps", "-5"], "--steps must be at least 1, not -5"),
    (["run", "s.yaml", "--seed", "-1"], "--seed must not be negative, not -1"),
    (["run", "s.yaml", "--threads", "0"], "--threads must be between 1 and 256, not 0"),
    (["run", "s.yaml", "--threads", "257"], "--threads must be between 1 and 256, not 257"),
    (["run", "s.yaml", "--threads", "-2"], "--threads must be between 1 and 256, not -2"),
    (["bench", "s.yaml", "--points", "0"], "--points must be at least 1, not 0"),
    (["bench", "s.yaml", "--points", "-8"], "--points must be at least 1, not -8"),
    (
      ["bench", "s.yaml", "--points", "8", "--timed-steps", "0"],
      "--timed-steps must be at least 1, not 0"
    ),
    (["bench", "s.yaml", "--points", "8", "--seed", "-3"], "--seed must not be negative, not -3"),
    (
      ["bench", "s.yaml", "--points", "8", "--threads", "300"],
      "--threads must be between 1 and 256, not 300"
    ),
  ])
  func badValuesAreUsageErrors(arguments: [String], message: String) throws {
    let error = try #require(Self.usageError(arguments), "\(arguments) parsed")
    #expect(error.status == 2)
    #expect(error.message.hasPrefix("Error: \(message)"), "\(error.message)")
    #expect(error.message.contains("Usage: lossrun"))
  }

  @Test func goodValuesParse() throws {
    #expect(
      Self.usageError([
        "run", "s.yaml", "--steps", "1", "--seed", "0", "--threads", "256", "--out", "o",
        "--precision", "float32", "--format-in", "yaml",
      ]) == nil)
    #expect(
      Self.usageError([
        "bench", "s.yaml", "--points", "1", "--timed-steps", "1", "--seed", "7", "--threads",
        "1", "--precision", "float64", "--format-in", "text",
      ]) == nil)
    #expect(Self.usageError(["lint", "s.yaml", "--format-in", "text"]) == nil)
    #expect(Self.usageError(["convert", "s.yaml", "--to", "text", "--format-in", "yaml"]) == nil)
  }

  /// `bench` times steps and writes nothing: the run-only overrides are not its options.
  @Test(arguments: [["--steps", "10"], ["--out", "somewhere"]])
  func benchDoesNotOfferRunOnlyOverrides(extra: [String]) throws {
    let error = try #require(Self.usageError(["bench", "s.yaml", "--points", "8"] + extra))
    #expect(error.status == 2)
    #expect(error.message.contains("Unknown option '\(extra[0])'"), "\(error.message)")
  }

  @Test func overridesReachTheLibrary() throws {
    let command = try #require(
      try LossrunCommand.parseAsRoot([
        "run", "s.yaml", "--steps", "7", "--seed", "9", "--out", "o", "--precision", "float32",
        "--threads", "2",
      ]) as? RunCommand)
    let options = command.overrides.options
    #expect(options.steps == 7)
    #expect(options.seed == 9)
    #expect(options.outputDirectory == "o")
    #expect(options.precision == .float32)
    #expect(options.threads == 2)
    let bench = try #require(
      try LossrunCommand.parseAsRoot(["bench", "s.yaml", "--points", "8", "--seed", "4"])
        as? BenchCommand)
    #expect(bench.overrides.options.seed == 4)
    #expect(bench.overrides.options.steps == nil)
    #expect(bench.overrides.options.outputDirectory == nil)
  }
}
