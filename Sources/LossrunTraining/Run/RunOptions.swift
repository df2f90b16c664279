import LossrunCheck
import LossrunSpec

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
  public var precision: TrainingDeclaration.Precision?
  /// `--threads`: engine threads (default 1; results depend on the thread count only through
  /// the order of floating-point sums, and are reproducible for each count).
  public var threads: Int

  /// Options with no overrides.
  public init(
    steps: Int? = nil, seed: Int? = nil, outputDirectory: String? = nil,
    precision: TrainingDeclaration.Precision? = nil, threads: Int = 1
  ) {
    self.steps = steps
    self.seed = seed
    self.outputDirectory = outputDirectory
    self.precision = precision
    self.threads = threads
  }

  /// `spec` with the overrides applied; throws on values that cannot work.
  public func applied(to spec: CheckedSpec) throws -> CheckedSpec {
    var spec = spec
    if let steps {
      guard steps >= 1 else { throw TrainingError("--steps must be at least 1, not \(steps)") }
      spec.training.steps = steps
      spec.training.logEvery = min(spec.training.logEvery, steps)
    }
    if let seed {
      guard seed >= 0 else { throw TrainingError("--seed must not be negative, not \(seed)") }
      spec.training.seed = seed
    }
    if let outputDirectory { spec.outputDirectory = outputDirectory }
    if let precision { spec.training.precision = precision }
    guard (1...256).contains(threads) else {
      throw TrainingError("--threads must be between 1 and 256, not \(threads)")
    }
    return spec
  }
}
