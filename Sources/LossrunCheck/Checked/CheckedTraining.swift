import LossrunDiagnostics

/// Training settings, typed, with every default applied (the defaults are the training
/// catalogue's, `TrainingCatalogue`; these types hold values only).
public struct CheckedTraining: Hashable, Sendable {
  /// Floating-point precision of the engine.
  public enum Precision: String, Hashable, Sendable, CaseIterable {
    /// 32-bit floats.
    case float32
    /// 64-bit floats.
    case float64
  }

  /// An optimizer with its settings.
  package enum Optimizer: Hashable, Sendable {
    /// Adam (with decoupled weight decay when `weightDecay > 0`).
    case adam(Adam)
    /// Stochastic gradient descent with momentum.
    case sgd(SGD)
    /// L-BFGS.
    case lbfgs(LBFGS)
  }

  /// Adam's settings.
  package struct Adam: Hashable, Sendable {
    /// β1.
    package internal(set) var beta1: Double
    /// β2.
    package internal(set) var beta2: Double
    /// ε.
    package internal(set) var epsilon: Double
    /// Weight decay.
    package internal(set) var weightDecay: Double
  }

  /// SGD's settings.
  package struct SGD: Hashable, Sendable {
    /// Momentum.
    package internal(set) var momentum: Double
    /// Nesterov momentum.
    package internal(set) var nesterov: Bool
    /// Weight decay.
    package internal(set) var weightDecay: Double
  }

  /// L-BFGS's settings.
  package struct LBFGS: Hashable, Sendable {
    /// Line searches.
    package enum LineSearch: String, Hashable, Sendable, CaseIterable {
      /// Strong Wolfe conditions.
      case strongWolfe = "strong_wolfe"
      /// A fixed step of the learning rate.
      case none
    }
    /// Stored correction pairs.
    package internal(set) var history: Int
    /// Inner iterations per training step.
    package internal(set) var maxIterations: Int
    /// Stop when the gradient's max-norm falls below this.
    package internal(set) var tolerance: Double
    /// The line search.
    package internal(set) var lineSearch: LineSearch
  }

  /// A learning-rate schedule; `lr(step)` is documented per case.
  package enum Schedule: Hashable, Sendable {
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
  package struct LBFGSSwitch: Hashable, Sendable {
    /// The step at which L-BFGS takes over.
    package internal(set) var step: Int
    /// L-BFGS's settings.
    package internal(set) var settings: LBFGS
    /// Where `lbfgs_from` was written.
    package internal(set) var range: SourceRange
  }

  /// The optimizer's name in the spec (`adam`, `sgd` or `lbfgs`).
  package var optimizerName: String {
    switch optimizer {
    case .adam: "adam"
    case .sgd: "sgd"
    case .lbfgs: "lbfgs"
    }
  }

  /// The optimizer from step 0.
  package internal(set) var optimizer: Optimizer
  /// The base learning rate (positive; defaults: Adam 1e-3, SGD 1e-2, L-BFGS 1).
  package internal(set) var learningRate: Double
  /// The schedule (default constant).
  package internal(set) var schedule: Schedule
  /// Switch to L-BFGS with these settings at this step; nil means never.
  package internal(set) var switchToLBFGS: LBFGSSwitch?
  /// The number of steps (default 10,000).
  package internal(set) var steps: Int
  /// The seed of every random choice (default 0).
  package internal(set) var seed: Int
  /// The engine's precision (default float32).
  package internal(set) var precision: Precision
  /// Log every this many steps (default: steps / 100, at least 1).
  package internal(set) var logEvery: Int
  /// Write a checkpoint every this many steps; 0 means only at the end (default 1000).
  package internal(set) var checkpointEvery: Int = TrainingCatalogue.defaultCheckpointEvery
  /// Where the settings were written, by their spec key (`training`, `steps`, `seed`,
  /// `precision`, `log_every`, `checkpoint_every`); a key the spec leaves out has no entry.
  package internal(set) var ranges: [String: SourceRange] = [:]

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
