import ArgumentParser
import LossrunCheck
import LossrunTraining

/// The overrides of how a training step computes, shared by `run` and `bench`: `--seed`,
/// `--precision`, `--threads`.
///
/// Numbers are read even when they start with a minus sign (`--seed -1`), so that a negative
/// value gets a usage error that says what is wrong rather than "Missing value".
struct ComputeOverrides: ParsableArguments {
  /// The thread counts the engine accepts.
  static let threadRange = 1...256

  @Option(
    parsing: .unconditional,
    help: "Seed every random choice with this (0 or more) instead of the spec's seed.")
  var seed: Int?

  @Option(help: "Compute in float32 or float64 instead of the spec's precision.")
  var precision: CheckedTraining.Precision?

  @Option(
    parsing: .unconditional,
    help: "Engine threads, 1 to 256; results are reproducible for each count.")
  var threads: Int = 1

  func validate() throws {
    if let seed, seed < 0 { throw ValidationError("--seed must not be negative, not \(seed)") }
    guard Self.threadRange.contains(threads) else {
      throw ValidationError(
        "--threads must be between \(Self.threadRange.lowerBound) and "
          + "\(Self.threadRange.upperBound), not \(threads)")
    }
  }
}

extension ComputeOverrides {
  /// The library's options: these overrides and none of the run-only ones.
  var options: RunOptions {
    RunOptions(seed: seed, precision: precision, threads: threads)
  }
}

extension CheckedTraining.Precision: ExpressibleByArgument {}
