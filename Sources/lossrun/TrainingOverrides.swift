import ArgumentParser
import LossrunTraining

/// The overrides of `run`: `--steps`, `--out`, and the ``ComputeOverrides`` it shares with
/// `bench` (`--seed`, `--precision`, `--threads`).
struct TrainingOverrides: ParsableArguments {
  @Option(
    parsing: .unconditional, help: "Train for this many steps (1 or more) instead of the spec's.")
  var steps: Int?

  @Option(help: "Write the outputs into this directory (default: runs/<spec name>).")
  var out: String?

  @OptionGroup var compute: ComputeOverrides

  func validate() throws {
    if let steps, steps < 1 { throw ValidationError("--steps must be at least 1, not \(steps)") }
  }

  /// The library's options.
  var options: RunOptions {
    RunOptions(
      steps: steps, seed: compute.seed, outputDirectory: out, precision: compute.precision,
      threads: compute.threads)
  }
}
