/// Limited-memory BFGS (Nocedal and Wright, Algorithms 7.4 and 7.5) with a strong-Wolfe line
/// search, on a flat parameter vector.
///
/// One ``step(parameters:evaluate:)`` runs up to ``Settings/maxIterations`` quasi-Newton
/// iterations, as PyTorch's `LBFGS.step(closure)` does, calling `evaluate` for the loss and
/// gradient at trial parameters. The direction is −H·g from the two-loop recursion over the last
/// ``Settings/historySize`` pairs (s, y) with H₀ = (sᵀy / yᵀy)·I; pairs with sᵀy ≤ 1e-10 are
/// skipped so H stays positive definite. The first iteration ever takes the trial step
/// min(1, 1/‖g‖₁)·lr, later ones lr. The history persists across steps (a saveable value);
/// work buffers are allocated on the first step only.
public struct LBFGSOptimizer<Scalar: ParameterScalar>: Sendable, Codable {
  /// L-BFGS's settings.
  ///
  /// The ones a spec can set are explicit arguments (their defaults live in the training
  /// catalogue, `TrainingCatalogue`); the rest are PyTorch's fixed constants of the algorithm.
  public struct Settings: Hashable, Sendable, Codable {
    /// The number of (s, y) pairs kept.
    public var historySize: Int
    /// The most quasi-Newton iterations per step.
    public var maxIterations: Int
    /// The most loss evaluations per step; nil means 1.25 × ``maxIterations``.
    public var maxEvaluations: Int? = nil
    /// Stop when max|g| falls to this.
    public var gradientTolerance: Double
    /// Stop when the step or the loss change falls to this (PyTorch's `tolerance_change`).
    public var changeTolerance: Double = 1e-9
    /// The scale of the trial step.
    public var learningRate: Double
    /// The sufficient-decrease constant c₁ of the Wolfe conditions.
    public var sufficientDecrease: Double = 1e-4
    /// The curvature constant c₂ of the strong Wolfe conditions.
    public var curvature: Double = 0.9
    /// The most loss evaluations of one line search.
    public var maxLineSearchEvaluations: Int = 25
    /// Whether each iteration searches for a strong-Wolfe step (true) or takes the fixed trial
    /// step, as PyTorch's `LBFGS` does without `line_search_fn` (false).
    public var usesLineSearch: Bool

    /// Creates settings from the values a spec can set.
    public init(
      historySize: Int, maxIterations: Int, gradientTolerance: Double, learningRate: Double,
      usesLineSearch: Bool
    ) {
      self.historySize = historySize
      self.maxIterations = maxIterations
      self.gradientTolerance = gradientTolerance
      self.learningRate = learningRate
      self.usesLineSearch = usesLineSearch
    }
  }

  /// Why a step ended.
  public enum StopReason: String, Hashable, Sendable, Codable {
    /// max|g| reached the gradient tolerance.
    case gradientTolerance
    /// The step or the loss change reached the change tolerance.
    case changeTolerance
    /// The iteration limit of the step.
    case maxIterations
    /// The evaluation limit of the step.
    case maxEvaluations
    /// The line search found no acceptable point (it leaves the best point found).
    case lineSearchFailed
    /// The loss or gradient is not finite at the starting point.
    case nonFinite
  }

  /// What one step did.
  public struct StepResult: Hashable, Sendable {
    /// The loss at the parameters the step started from.
    public var initialLoss: Double
    /// The loss at the parameters it ended at.
    public var finalLoss: Double
    /// Quasi-Newton iterations done.
    public var iterations: Int
    /// Loss evaluations done.
    public var evaluations: Int
    /// Why it stopped.
    public var reason: StopReason
  }

  /// The settings.
  public var settings: Settings
  /// Iterations done over all steps.
  public var iterationCount: Int = 0
  /// The stored steps s (ring buffer of `historySize × n`).
  public var steps: [Scalar] = []
  /// The stored gradient differences y (same layout).
  public var gradientChanges: [Scalar] = []
  /// 1 / (yᵀs) per stored pair.
  public var inverseCurvatures: [Double] = []
  /// The number of stored pairs.
  public var historyCount: Int = 0
  /// The ring position of the newest pair.
  public var newest: Int = -1
  var work = LBFGSWorkspace<Scalar>()

  private enum CodingKeys: String, CodingKey {
    case settings, iterationCount, steps, gradientChanges, inverseCurvatures, historyCount, newest
  }

  /// Creates an optimizer with an empty history.
  public init(settings: Settings) { self.settings = settings }

  /// Forgets the curvature history (for example after the loss function changed).
  public mutating func resetHistory() {
    historyCount = 0
    newest = -1
  }
}
