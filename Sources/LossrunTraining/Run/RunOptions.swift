import LossrunCheck

/// Command-line overrides of a run.
///
/// A run is fully described by its spec plus these overrides: the same spec, seed, precision
/// and thread count give the same numbers in every output but the wall-clock columns. How
/// progress is shown and when a run stops are the caller's: see ``TrainingObserver`` and
/// ``TrainingRun/run(spec:specText:specExtension:options:observer:shouldStop:)``.
public struct RunOptions: Sendable {
  /// `--steps`: the number of training steps.
  public var steps: Int?
  /// `--seed`: the seed of every random choice.
  public var seed: Int?
  /// `--out`: the output directory.
  public var outputDirectory: String?
  /// `--precision`: float32 or float64.
  public var precision: CheckedTraining.Precision?
  /// `--threads`: engine threads (default 1; results depend on the thread count only through
  /// the order of floating-point sums, and are reproducible for each count).
  public var threads: Int
  /// `--resume`: continue the run in the output directory from its checkpoint (with `steps`
  /// larger than the run's, extend a finished run).
  public var resume: Bool
  /// `--force`: replace the run in the output directory (its files only).
  public var force: Bool

  /// Options with no overrides.
  public init(
    steps: Int? = nil, seed: Int? = nil, outputDirectory: String? = nil,
    precision: CheckedTraining.Precision? = nil, threads: Int = 1, resume: Bool = false,
    force: Bool = false
  ) {
    self.resume = resume
    self.force = force
    self.steps = steps
    self.seed = seed
    self.outputDirectory = outputDirectory
    self.precision = precision
    self.threads = threads
  }

  /// `spec` with the overrides applied through `CheckedSpec.overriding(_:)`, which re-validates
  /// them and records them; throws on values that cannot work.
  package func applied(to spec: CheckedSpec) throws -> CheckedSpec {
    let overridden: CheckedSpec
    do throws(CheckedSpec.OverrideError) {
      overridden = try spec.overriding(
        CheckedSpec.Overrides(
          steps: steps, seed: seed, precision: precision, outputDirectory: outputDirectory))
    } catch {
      throw TrainingError(error.message, at: error.range)
    }
    guard (1...256).contains(threads) else {
      throw TrainingError("--threads must be between 1 and 256, not \(threads)")
    }
    return overridden
  }
}
