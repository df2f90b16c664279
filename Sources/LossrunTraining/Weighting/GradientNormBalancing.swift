import LossrunCheck
import LossrunEngine

/// Gradient-norm balancing (`grad_norm_balance`, jaxpi's `grad_norm`):
/// ŵ_i = mean_j ‖g_j‖₂ / ‖g_i‖₂ over the weight groups, w ← (1 − a)·w + a·ŵ every `every` steps,
/// all weights starting at 1.
///
/// Statistic groups are the weight groups (each term, or a shared group's summed gradient).
/// A zero or non-finite estimate keeps the old weight.
package struct GradientNormBalancing: WeightingRule, Hashable, Codable {
  /// The settings: values, never defaults (the spec's defaults and the `jaxpi` preset are in
  /// `WeightingCatalogue`).
  package struct Settings: Hashable, Sendable, Codable {
    /// The smoothing a.
    package var ema: Double
    /// Update every this many steps (at steps 0, every, …).
    package var every: Int
    /// The parameters the norms run over.
    package var parameters: ParameterScope
    /// Groups of terms sharing one weight.
    package var shared: [[Int]]

    /// Creates settings from explicit values.
    package init(ema: Double, every: Int, parameters: ParameterScope, shared: [[Int]]) {
      self.ema = ema
      self.every = every
      self.parameters = parameters
      self.shared = shared
    }

    /// The settings of a checked spec's `grad_norm_balance` rule (preset expanded, settings defaulted);
    /// no shared weights.
    package init(_ checked: CheckedWeighting.GradientNormBalancing) {
      self.init(
        ema: checked.ema, every: checked.every, parameters: ParameterScope(checked.parameters),
        shared: [])
    }
  }

  /// The settings.
  package let settings: Settings
  /// The number of terms.
  package let termCount: Int
  /// The weight groups.
  package let weightGroups: [[Int]]

  /// Creates the rule; throws on settings that cannot work.
  package init(termCount: Int, settings: Settings) throws(WeightingError) {
    guard termCount >= 1 else { throw WeightingError("weighting needs at least one term") }
    guard settings.ema > 0, settings.ema <= 1 else {
      throw WeightingError("ema must be in (0, 1], not \(settings.ema)")
    }
    guard settings.every >= 1 else {
      throw WeightingError("every must be at least 1, not \(settings.every)")
    }
    self.settings = settings
    self.termCount = termCount
    weightGroups = try WeightGroups.make(termCount: termCount, shared: settings.shared)
  }

  package var statisticGroups: [[Int]] { weightGroups }

  package func needsStatistics(atStep step: Int) -> Bool { step % settings.every == 0 }

  package func makeInitialState() -> WeightingState {
    WeightingState(weights: Array(repeating: 1, count: termCount))
  }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    guard needsStatistics(atStep: step) else { return }
    var total = 0.0
    for index in weightGroups.indices {
      total += statistics.summary(group: index, scope: settings.parameters).norm
    }
    let meanNorm = total / Double(max(weightGroups.count, 1))
    state.resetEstimates(count: termCount)
    for (index, group) in weightGroups.enumerated() {
      let norm = statistics.summary(group: index, scope: settings.parameters).norm
      let estimate = meanNorm / norm
      for term in group { state.lastEstimates[term] = estimate }
      guard norm > 0, estimate.isFinite else { continue }
      let smoothed = (1 - settings.ema) * state.weights[group[0]] + settings.ema * estimate
      for term in group { state.weights[term] = smoothed }
    }
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
