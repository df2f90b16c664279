extension TrainingLoop {
  /// Whether the weighting rule reads gradient statistics at `step`.
  ///
  /// Dispatches on the concrete rule (``CoreWeighting`` forwards through an existential, which
  /// boxes the rule on every call; the loop calls this every step).
  func ruleNeedsStatistics(atStep step: Int) -> Bool {
    switch rule {
    case .fixed, .relativeLossBalancing, .softAdapt, .uncertainty, .ntk: false
    case .annealing(let annealing): annealing.needsStatistics(atStep: step)
    case .gradientNormBalancing(let balancing): balancing.needsStatistics(atStep: step)
    case .gradNorm: true
    }
  }

  /// Advances the weighting state at `step` with the current losses and group statistics.
  func updateWeighting(step: Int) {
    switch rule {
    case .fixed:
      break
    case .annealing(let annealing):
      annealing.update(
        step: step, losses: lossValues, statistics: ruleStatistics, state: &weightingState)
    case .gradientNormBalancing(let balancing):
      balancing.update(
        step: step, losses: lossValues, statistics: ruleStatistics, state: &weightingState)
    case .relativeLossBalancing(let balancing):
      balancing.update(
        step: step, losses: lossValues, statistics: ruleStatistics, state: &weightingState)
    case .softAdapt(let softAdapt):
      softAdapt.update(
        step: step, losses: lossValues, statistics: ruleStatistics, state: &weightingState)
    case .uncertainty(let uncertainty):
      uncertainty.update(
        step: step, losses: lossValues, statistics: ruleStatistics, state: &weightingState)
    case .gradNorm(let gradNorm):
      gradNorm.update(
        step: step, losses: lossValues, statistics: ruleStatistics, state: &weightingState)
    case .ntk:
      break  // updated before the step's pass, by updateJacobianNormWeighting(step:)
    }
  }
}
