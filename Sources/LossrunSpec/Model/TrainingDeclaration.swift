import LossrunDiagnostics

/// The training schedule: optimizer, learning rate and its schedule, steps, seed, precision.
public struct TrainingDeclaration: Hashable, Sendable {
  /// Optimizers.
  public enum Optimizer: String, Keyword {
    case adam, sgd, lbfgs
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "optimizer"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: Optimizer] = ["l-bfgs": .lbfgs, "l_bfgs": .lbfgs]
  }

  /// Floating-point precision of the engine.
  public enum Precision: String, Keyword {
    case float32, float64
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "precision"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: Precision] = [
      "single": .float32, "double": .float64, "f32": .float32, "f64": .float64,
    ]
  }

  /// Learning-rate schedules.
  public enum Schedule: String, Keyword {
    /// A constant learning rate.
    case constant
    /// `lr · rate^(step / every)`, continuous (or staircase with `staircase: true`).
    case exponential
    /// `lr · factor^⌊step / every⌋`.
    case step
    /// Cosine decay from lr to `min_lr` over the run.
    case cosine
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "schedule"
  }

  /// Where the `training` entry was written; nil when the spec has none.
  public var range: SourceRange?
  /// The optimizer; nil means Adam.
  public var optimizer: Located<Optimizer>?
  /// The learning rate; nil means the optimizer's default (1e-3 for Adam).
  public var learningRate: Located<Double>?
  /// Optimizer settings beyond the learning rate (`beta1`, `beta2`, `eps`, `weight_decay`,
  /// `momentum`, `history`, ...), checked against the optimizer by the checker.
  public var optimizerSettings: [Setting] = []
  /// The learning-rate schedule; nil means constant.
  public var schedule: Located<Schedule>?
  /// The schedule's settings (`rate`, `every`, `factor`, `min_lr`, `staircase`).
  public var scheduleSettings: [Setting] = []
  /// Switch from the first optimizer to L-BFGS at this step; nil means never.
  public var switchToLBFGS: Located<Int>?
  /// The number of steps.
  public var steps: Located<Int>?
  /// The seed of every random choice (initialisation, sampling); nil means 0.
  public var seed: Located<Int>?
  /// The engine's precision; nil means float32.
  public var precision: Located<Precision>?
  /// Log a line every this many steps; nil means a default based on the step count.
  public var logEvery: Located<Int>?
  /// Write a checkpoint every this many steps (0: only at the end); nil means the catalogue's
  /// default.
  public var checkpointEvery: Located<Int>?

  /// Creates an empty training declaration.
  public init() {}
}
