/// The weighting rule with its preset expanded, every setting typed and defaulted, and term names
/// turned into term indices (into `CheckedSpec.terms`).
///
/// Only rules that training implements appear here; the checker reports the others as not
/// implemented yet (see `WeightingCatalogue`).
public enum CheckedWeighting: Hashable, Sendable {
  /// Weights stay at each term's initial weight.
  case fixed
  /// Learning-rate annealing (Wang, Teng, Perdikaris 2021) in all its published variants.
  case annealing(Annealing)
  /// Gradient-norm balancing (jaxpi `grad_norm`).
  case gradientNormBalancing(GradientNormBalancing)

  /// The rule's name in the weighting catalogue (`fixed`, `annealing`, `grad_norm`).
  public var ruleName: String {
    switch self {
    case .fixed: "fixed"
    case .annealing: "annealing"
    case .gradientNormBalancing: "grad_norm"
    }
  }

  /// The numerator statistic of annealing: `stat`.
  public enum Statistic: String, Hashable, Sendable, CaseIterable {
    /// max |g_ref| (the paper and its reference code).
    case max
    /// mean |g_ref| (PhysicsNeMo-Sym).
    case mean
  }

  /// Which parameters the gradient statistics range over: `params`.
  public enum ParameterSubset: String, Hashable, Sendable, CaseIterable {
    /// Every weight and bias (and learnable spec parameter).
    case all
    /// Only the layers' weight matrices (no biases).
    case weights
  }

  /// Settings of learning-rate annealing.
  ///
  /// Every `every` steps: ŵ_i = stat|g_ref| / denominator_i, w_i ← (1 − ema)·w_i + ema·ŵ_i for
  /// every term i but the reference, whose weight stays at its initial weight.
  public struct Annealing: Hashable, Sendable {
    /// The reference term's index (the PDE residual; default: the first term on an interior
    /// sampler, else the first term).
    public internal(set) var reference: Int
    /// The numerator statistic (default mean).
    public internal(set) var statistic: Statistic
    /// The EMA factor in (0, 1] (default 0.1).
    public internal(set) var ema: Double
    /// Update the weights every this many steps (default 10).
    public internal(set) var every: Int
    /// The parameter subset of the statistics (default all).
    public internal(set) var parameters: ParameterSubset
    /// Denominator as the mean over layers of each layer's mean |g_i| (default false: the mean
    /// over all parameters at once).
    public internal(set) var perLayerMean: Bool
    /// Take the denominator's gradient of the already weighted loss w_i·L_i (default false).
    public internal(set) var weightedDenominator: Bool
    /// Groups of terms that share one weight; for each group the statistic is taken of the
    /// group's summed loss (default: none).
    public internal(set) var shared: [[Int]]
    /// Added to every denominator (default 0; PhysicsNeMo-Sym uses 1e-8).
    public internal(set) var epsilon: Double

    /// Creates annealing settings.
    init(
      reference: Int, statistic: Statistic, ema: Double, every: Int,
      parameters: ParameterSubset, perLayerMean: Bool, weightedDenominator: Bool, shared: [[Int]],
      epsilon: Double = 0
    ) {
      self.reference = reference
      self.statistic = statistic
      self.ema = ema
      self.every = every
      self.parameters = parameters
      self.perLayerMean = perLayerMean
      self.weightedDenominator = weightedDenominator
      self.shared = shared
      self.epsilon = epsilon
    }
  }

  /// Settings of gradient-norm balancing: ŵ_i = mean_j ||g_j|| / ||g_i||, EMA toward ŵ.
  public struct GradientNormBalancing: Hashable, Sendable {
    /// The EMA factor in (0, 1] (default 0.1).
    public internal(set) var ema: Double
    /// Update every this many steps (default 1000).
    public internal(set) var every: Int
    /// The parameter subset of the norms (default all).
    public internal(set) var parameters: ParameterSubset
  }
}
