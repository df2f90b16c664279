import LossrunEngine

/// Learning-rate annealing: each non-reference weight is driven toward
/// ŵ_i = stat(g_ref) / (mean|g_i| · (|w_i| if weighted) + ε), smoothed by an EMA.
///
/// Statistic groups: the reference term first, then each weight group (a term on its own or a
/// shared group) in order of its first term. At an update step with a zero or non-finite
/// estimate (a vanished or overflowing gradient), the weight is kept rather than sent to
/// infinity; the raw estimates are kept in ``WeightingState/lastEstimates`` for logging.
package struct LearningRateAnnealing: WeightingRule, Hashable, Codable {
  /// The settings.
  package let settings: AnnealingSettings
  /// The number of terms.
  package let termCount: Int
  /// The weight groups (every term but the reference, shared groups merged).
  package let weightGroups: [[Int]]

  /// Creates the rule for `termCount` terms; throws on settings that cannot work.
  package init(termCount: Int, settings: AnnealingSettings) throws(WeightingError) {
    guard (0..<termCount).contains(settings.reference) else {
      throw WeightingError("the reference term \(settings.reference + 1) is not one of the terms")
    }
    guard settings.ema > 0, settings.ema <= 1 else {
      throw WeightingError("ema must be in (0, 1], not \(settings.ema)")
    }
    guard settings.every >= 1 else {
      throw WeightingError("every must be at least 1, not \(settings.every)")
    }
    guard settings.start >= 0 else {
      throw WeightingError("start must be at least 0, not \(settings.start)")
    }
    guard settings.epsilon >= 0, settings.epsilon.isFinite else {
      throw WeightingError("epsilon must be finite and nonnegative")
    }
    if let initial = settings.initialWeights {
      _ = try FixedWeighting(weights: initial)
      guard initial.count == termCount else {
        throw WeightingError("\(initial.count) initial weights for \(termCount) terms")
      }
    }
    self.settings = settings
    self.termCount = termCount
    weightGroups = try WeightGroups.make(
      termCount: termCount, shared: settings.shared, excluding: settings.reference)
  }

  package var statisticGroups: [[Int]] { [[settings.reference]] + weightGroups }

  package func needsStatistics(atStep step: Int) -> Bool {
    step >= settings.start && (step - settings.start) % settings.every == 0
  }

  package func makeInitialState() -> WeightingState {
    var weights = settings.initialWeights ?? Array(repeating: 1, count: termCount)
    for group in weightGroups {  // a shared group starts at its first term's weight
      for term in group { weights[term] = weights[group[0]] }
    }
    return WeightingState(weights: weights)
  }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    guard needsStatistics(atStep: step) else { return }
    let scope = settings.parameters
    let numerator =
      settings.statistic == .max
      ? statistics.summary(group: 0, scope: scope).maximumAbsolute
      : meanStatistic(statistics, group: 0)
    state.resetEstimates(count: termCount)
    for (index, group) in weightGroups.enumerated() {
      let weight = state.weights[group[0]]
      let scale = settings.weightedDenominator ? abs(weight) : 1
      let denominator = meanStatistic(statistics, group: index + 1) * scale + settings.epsilon
      let estimate = numerator / denominator
      for term in group { state.lastEstimates[term] = estimate }
      guard denominator > 0, estimate.isFinite else { continue }
      let smoothed = (1 - settings.ema) * weight + settings.ema * estimate
      for term in group { state.weights[term] = smoothed }
    }
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }

  /// mean |g| of a group over the scope, or the mean of its layer means.
  private func meanStatistic<S: EngineScalar>(
    _ statistics: GradientStatistics<S>, group: Int
  ) -> Double {
    settings.perLayerMean
      ? statistics.meanOfLayerMeans(group: group, scope: settings.parameters)
      : statistics.summary(group: group, scope: settings.parameters).meanAbsolute
  }
}
