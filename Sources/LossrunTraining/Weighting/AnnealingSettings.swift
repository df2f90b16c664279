import LossrunCheck
import LossrunEngine

/// The settings of learning-rate annealing (Wang, Teng and Perdikaris 2021); see
/// `weighting-rules.md`.
///
/// The settings are values, never defaults: the checker types and defaults a spec's settings
/// and expands presets (`wang2021`, `physicsnemo`) from `WeightingCatalogue`, the one place
/// they are written, and ``init(_:initialWeights:)`` takes the result.
package struct AnnealingSettings: Hashable, Sendable, Codable {
  /// The numerator statistic of the reference term's gradient.
  package enum Statistic: String, Hashable, Sendable, Codable {
    /// max |g_ref|.
    case max
    /// mean |g_ref| (the mean of layer means with ``perLayerMean``).
    case mean
  }

  /// The index of the reference term (the PDE residual); its weight never changes.
  package var reference: Int
  /// The numerator statistic.
  package var statistic: Statistic
  /// The smoothing a in w ← (1 − a)·w + a·ŵ (1 means no smoothing).
  package var ema: Double
  /// Update every this many steps (at steps start, start + every, …).
  package var every: Int
  /// The first update step; before it every weight keeps its initial value.
  package var start: Int
  /// The parameters the statistics run over.
  package var parameters: ParameterScope
  /// Mean statistics are the mean over layers of each layer's mean |g| instead of the mean over
  /// all entries (the reference code's denominator).
  package var perLayerMean: Bool
  /// The denominator is the statistic of the gradient of the already weighted loss w·L_i, that
  /// is |w_i| times the unweighted one (the reference code's choice).
  package var weightedDenominator: Bool
  /// Groups of terms that share one weight; a group's statistics are those of the gradient of
  /// the sum of its losses.
  package var shared: [[Int]]
  /// Added to the denominator (PhysicsNeMo-Sym uses 1e-8).
  package var epsilon: Double
  /// The starting weight of each term; nil means all 1.
  package var initialWeights: [Double]?

  /// Creates settings from explicit values (see `WeightingCatalogue` for the spec's defaults).
  package init(
    reference: Int, statistic: Statistic, ema: Double, every: Int, start: Int,
    parameters: ParameterScope, perLayerMean: Bool, weightedDenominator: Bool, shared: [[Int]],
    epsilon: Double,
    initialWeights: [Double]?
  ) {
    self.reference = reference
    self.statistic = statistic
    self.ema = ema
    self.every = every
    self.start = start
    self.parameters = parameters
    self.perLayerMean = perLayerMean
    self.weightedDenominator = weightedDenominator
    self.shared = shared
    self.epsilon = epsilon
    self.initialWeights = initialWeights
  }

  /// The settings of a checked spec's annealing rule (preset expanded, every setting defaulted).
  package init(_ checked: CheckedWeighting.Annealing, initialWeights: [Double]?) {
    self.init(
      reference: checked.reference, statistic: checked.statistic == .max ? .max : .mean,
      ema: checked.ema, every: checked.every, start: checked.start,
      parameters: ParameterScope(checked.parameters),
      perLayerMean: checked.perLayerMean, weightedDenominator: checked.weightedDenominator,
      shared: checked.shared, epsilon: checked.epsilon, initialWeights: initialWeights)
  }
}
