/// The settings of learning-rate annealing (Wang, Teng and Perdikaris 2021); see
/// `weighting-rules.md`. The presets ``wang2021(reference:shared:)`` and
/// ``physicsnemo(reference:)`` are just values of these settings.
public struct AnnealingSettings: Hashable, Sendable, Codable {
  /// The numerator statistic of the reference term's gradient.
  public enum Statistic: String, Hashable, Sendable, Codable {
    /// max |g_ref|.
    case max
    /// mean |g_ref| (the mean of layer means with ``perLayerMean``).
    case mean
  }

  /// The index of the reference term (the PDE residual); its weight never changes.
  public var reference: Int
  /// The numerator statistic.
  public var statistic: Statistic = .mean
  /// The smoothing a in w ← (1 − a)·w + a·ŵ (1 means no smoothing).
  public var ema: Double = 0.1
  /// Update every this many steps (at steps 0, every, 2·every, …).
  public var every: Int = 10
  /// The parameters the statistics run over.
  public var parameters: ParameterScope = .all
  /// Mean statistics are the mean over layers of each layer's mean |g| instead of the mean over
  /// all entries (the reference code's denominator).
  public var perLayerMean: Bool = false
  /// The denominator is the statistic of the gradient of the already weighted loss w·L_i, that
  /// is |w_i| times the unweighted one (the reference code's choice).
  public var weightedDenominator: Bool = false
  /// Groups of terms that share one weight; a group's statistics are those of the gradient of
  /// the sum of its losses.
  public var shared: [[Int]] = []
  /// Added to the denominator (PhysicsNeMo-Sym uses 1e-8).
  public var epsilon: Double = 0
  /// The starting weight of each term; nil means all 1.
  public var initialWeights: [Double]?

  /// Creates settings with the given reference term and defaults for the rest.
  public init(
    reference: Int, statistic: Statistic = .mean, ema: Double = 0.1, every: Int = 10,
    parameters: ParameterScope = .all, perLayerMean: Bool = false,
    weightedDenominator: Bool = false, shared: [[Int]] = [], epsilon: Double = 0,
    initialWeights: [Double]? = nil
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
    self.initialWeights = initialWeights
  }

  /// Wang et al.'s reference code: max over weights, per-layer-mean denominator of the weighted
  /// loss, EMA 0.1 every 10 steps, one weight shared by the `shared` (boundary) terms.
  public static func wang2021(reference: Int, shared: [[Int]] = []) -> AnnealingSettings {
    AnnealingSettings(
      reference: reference, statistic: .max, ema: 0.1, every: 10, parameters: .weights,
      perLayerMean: true, weightedDenominator: true, shared: shared)
  }

  /// PhysicsNeMo-Sym's `lr_annealing`: mean / (mean + 1e-8) over all parameters, EMA 0.01 every
  /// step.
  public static func physicsnemo(reference: Int) -> AnnealingSettings {
    AnnealingSettings(
      reference: reference, statistic: .mean, ema: 0.01, every: 1, parameters: .all,
      epsilon: 1e-8)
  }
}
