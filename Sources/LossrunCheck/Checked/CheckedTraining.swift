import LossrunSpec

/// Training settings, typed, with every default applied.
public struct CheckedTraining: Hashable, Sendable {
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
    public var beta1: Double = 0.9
    /// β2 (default 0.999).
    public var beta2: Double = 0.999
    /// ε (default 1e-8).
    public var epsilon: Double = 1e-8
    /// Weight decay (default 0).
    public var weightDecay: Double = 0
    /// Creates Adam settings with the defaults.
    public init() {}
  }

  /// SGD's settings.
  public struct SGD: Hashable, Sendable {
    /// Momentum (default 0).
    public var momentum: Double = 0
    /// Nesterov momentum (default false).
    public var nesterov = false
    /// Weight decay (default 0).
    public var weightDecay: Double = 0
    /// Creates SGD settings with the defaults.
    public init() {}
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
    public var history = 10
    /// Inner iterations per training step (default 20).
    public var maxIterations = 20
    /// Stop when the gradient's max-norm falls below this (default 1e-9).
    public var tolerance: Double = 1e-9
    /// The line search (default strong Wolfe).
    public var lineSearch = LineSearch.strongWolfe
    /// Creates L-BFGS settings with the defaults.
    public init() {}
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
    public var step: Int
    /// L-BFGS's settings.
    public var settings: LBFGS
    /// Creates a switch.
    public init(step: Int, settings: LBFGS) {
      self.step = step
      self.settings = settings
    }
  }

  /// The optimizer from step 0.
  public var optimizer: Optimizer
  /// The base learning rate (positive; defaults: Adam 1e-3, SGD 1e-2, L-BFGS 1).
  public var learningRate: Double
  /// The schedule (default constant).
  public var schedule: Schedule
  /// Switch to L-BFGS with these settings at this step; nil means never.
  public var switchToLBFGS: LBFGSSwitch?
  /// The number of steps (default 10,000).
  public var steps: Int
  /// The seed of every random choice (default 0).
  public var seed: Int
  /// The engine's precision (default float32).
  public var precision: TrainingDeclaration.Precision
  /// Log every this many steps (default: steps / 100, at least 1).
  public var logEvery: Int

  /// Creates checked training settings.
  public init(
    optimizer: Optimizer, learningRate: Double, schedule: Schedule,
    switchToLBFGS: LBFGSSwitch?, steps: Int, seed: Int,
    precision: TrainingDeclaration.Precision, logEvery: Int
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
