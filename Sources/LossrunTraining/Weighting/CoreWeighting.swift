import LossrunEngine

/// One of the core weighting rules, as a single concrete type the training loop can store.
package enum CoreWeighting: WeightingRule, Hashable, Codable {
  /// Constant weights.
  case fixed(FixedWeighting)
  /// Learning-rate annealing (presets `wang2021`, `physicsnemo`).
  case annealing(LearningRateAnnealing)
  /// Gradient-norm balancing (`grad_norm_balance`, preset `jaxpi`).
  case gradientNormBalancing(GradientNormBalancing)
  /// ReLoBRaLo (`relobralo`).
  case relativeLossBalancing(RelativeLossBalancing)
  /// SoftAdapt (`softadapt`).
  case softAdapt(SoftAdapt)
  /// Uncertainty weighting (`uncertainty`).
  case uncertainty(UncertaintyWeighting)
  /// GradNorm (`gradnorm`).
  case gradNorm(GradNorm)
  /// NTK weighting (`ntk`, preset `jaxpi_ntk`).
  case ntk(NTKWeighting)

  private var rule: any WeightingRule<WeightingState> {
    switch self {
    case .fixed(let rule): rule
    case .annealing(let rule): rule
    case .gradientNormBalancing(let rule): rule
    case .relativeLossBalancing(let rule): rule
    case .softAdapt(let rule): rule
    case .uncertainty(let rule): rule
    case .gradNorm(let rule): rule
    case .ntk(let rule): rule
    }
  }

  package var termCount: Int { rule.termCount }
  package var statisticGroups: [[Int]] { rule.statisticGroups }
  package var needsGramian: Bool { rule.needsGramian }
  package func needsStatistics(atStep step: Int) -> Bool { rule.needsStatistics(atStep: step) }
  package func makeInitialState() -> WeightingState { rule.makeInitialState() }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    rule.update(step: step, losses: losses, statistics: statistics, state: &state)
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
