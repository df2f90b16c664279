import LossrunDiagnostics

/// Training settings, typed, with every default applied.
public struct CheckedTraining: Hashable, Sendable {
  /// Floating-point precision of the engine.
  public enum Precision: String, Hashable, Sendable, CaseIterable {
    /// 32-bit floats.
    case float32
    /// 64-bit floats.
    case float64
  }

  /// An optimizer with its settings.
  public enum Optimizer: Hashable, Sendable {
    /// Adam (with decoupled weight decay when `weightDecay > 0`).
    case adam(Adam)
    /// Stochastic gradient descent with momentum.
    case sgd(SGD)
    /// L-BFGS.
    case lbfgs(LBFGS)
  }

  /// Adam's settings.
  public struct Adam: Hashable, Sendable {
    /// β1 (default 0.9).
    public internal(set) var beta1: Double = 0.9
    /// β2 (default 0.999).
    public internal(set) var beta2: Double = 0.999
    /// ε (default 1e-8).
    public internal(set) var epsilon: Double = 1e-8
    /// Weight decay (default 0).
    public internal(set) var weightDecay: Double = 0
    /// Creates Adam settings with the defaults.
    init() {}
  }

  /// SGD's settings.
  public struct SGD: Hashable, Sendable {
    /// Momentum (default 0).
    public internal(set) var momentum: Double = 0
    /// Nesterov momentum (default false).
    public internal(set) var nesterov = false
    /// Weight decay (default 0).
    public internal(set) var weightDecay: Double = 0
    /// Creates SGD settings with the defaults.
    init() {}
  }

  /// L-BFGS's settings.
  public struct LBFGS: Hashable, Sendable {
    /// Line searches.
    public enum LineSearch: String, Hashable, Sendable, CaseIterable {
      /// Strong Wolfe conditions.
      case strongWolfe = "strong_wolfe"
      /// A fixed step of the learning rate.
      case none
    }
    /// Stored correction pairs (default 10).
    public internal(set) var history = 10
    /// Inner iterations per training step (default 20).
    public internal(set) var maxIterations = 20
    /// Stop when the gradient's max-norm falls below this (default 1e-9).
    public internal(set) var tolerance: Double = 1e-9
    /// The line search (default strong Wolfe).
    public internal(set) var lineSearch = LineSearch.strongWolfe
    /// Creates L-BFGS settings with the defaults.
    init() {}
  }

  /// A learning-rate schedule; `lr(step)` is documented per case.
  public enum Schedule: Hashable, Sendable {
    /// lr(step) = lr.
    case constant
    /// lr(step) = lr · rate^(step / every) (continuous), or rate^⌊step / every⌋ when staircase.
    case exponential(rate: Double, every: Int, staircase: Bool)
    /// lr(step) = lr · factor^⌊step / every⌋.
    case step(factor: Double, every: Int)
    /// lr(step) = minLR + (lr − minLR)·(1 + cos(π·step/steps))/2.
    case cosine(minLR: Double)
  }

  /// A switch to L-BFGS part-way through training.
  public struct LBFGSSwitch: Hashable, Sendable {
    /// The step at which L-BFGS takes over.
    public internal(set) var step: Int
    /// L-BFGS's settings.
    public internal(set) var settings: LBFGS
    /// Where `lbfgs_from` was written.
    public internal(set) var range: SourceRange
  }

  /// The optimizer's name in the spec (`adam`, `sgd` or `lbfgs`).
  public var optimizerName: String {
    switch optimizer {
    case .adam: "adam"
    case .sgd: "sgd"
    case .lbfgs: "lbfgs"
    }
  }

  /// The optimizer from step 0.
  public internal(set) var optimizer: Optimizer
  /// The base learning rate (positive; defaults: Adam 1e-3, SGD 1e-2, L-BFGS 1).
  public internal(set) var learningRate: Double
  /// The schedule (default constant).
  public internal(set) var schedule: Schedule
  /// Switch to L-BFGS with these settings at this step; nil means never.
  public internal(set) var switchToLBFGS: LBFGSSwitch?
  /// The number of steps (default 10,000).
  public internal(set) var steps: Int
  /// The seed of every random choice (default 0).
  public internal(set) var seed: Int
  /// The engine's precision (default float32).
  public internal(set) var precision: Precision
  /// Log every this many steps (default: steps / 100, at least 1).
  public internal(set) var logEvery: Int
  /// Where the settings were written, by their spec key (`training`, `steps`, `seed`,
  /// `precision`, `log_every`); a key the spec leaves out has no entry.
  public internal(set) var ranges: [String: SourceRange] = [:]

  /// Creates checked training settings.
  init(
    optimizer: Optimizer, learningRate: Double, schedule: Schedule,
    switchToLBFGS: LBFGSSwitch?, steps: Int, seed: Int, precision: Precision, logEvery: Int
  ) {
    self.optimizer = optimizer
    self.learningRate = learningRate
    self.schedule = schedule
    self.switchToLBFGS = switchToLBFGS
    self.steps = steps
    self.seed = seed
    self.precision = precision
    self.logEvery = logEvery
  }
}
