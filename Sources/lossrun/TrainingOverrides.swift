import ArgumentParser
import LossrunCheck
import LossrunTraining

/// The overrides `run` and `bench` share: `--steps`, `--seed`, `--out`, `--precision`,
/// `--threads`.
struct TrainingOverrides: ParsableArguments {
  @Option(help: "Train for this many steps instead of the spec's.")
  var steps: Int?

  @Option(help: "Seed every random choice with this instead of the spec's seed.")
  var seed: Int?

  @Option(help: "Write the outputs into this directory (default: runs/<spec name>).")
  var out: String?

  @Option(help: "Compute in float32 or float64 instead of the spec's precision.")
  var precision: CheckedTraining.Precision?

  @Option(help: "Engine threads (default 1); results are reproducible for each thread count.")
  var threads: Int = 1

  /// The library's options.
  func options(progress: RunOptions.Progress, handlesInterrupts: Bool) -> RunOptions {
    RunOptions(
      steps: steps, seed: seed, outputDirectory: out, precision: precision, threads: threads,
      progress: progress, handlesInterrupts: handlesInterrupts)
  }
}

extension CheckedTraining.Precision: ExpressibleByArgument {}
