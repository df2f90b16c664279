import LossrunEngine

/// One of the core weighting rules, as a single concrete type the training loop can store.
public enum CoreWeighting: WeightingRule, Hashable, Codable {
  /// Constant weights.
  case fixed(FixedWeighting)
  /// Learning-rate annealing (presets `wang2021`, `physicsnemo`).
  case annealing(LearningRateAnnealing)
  /// Gradient-norm balancing (preset `jaxpi`).
  case gradientNormBalancing(GradientNormBalancing)

  private var rule: any WeightingRule<WeightingState> {
    switch self {
    case .fixed(let rule): rule
    case .annealing(let rule): rule
    case .gradientNormBalancing(let rule): rule
    }
  }

  public var termCount: Int { rule.termCount }
  public var statisticGroups: [[Int]] { rule.statisticGroups }
  public var needsGramian: Bool { rule.needsGramian }
  public func needsStatistics(atStep step: Int) -> Bool { rule.needsStatistics(atStep: step) }
  public func makeInitialState() -> WeightingState { rule.makeInitialState() }

  public func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    rule.update(step: step, losses: losses, statistics: statistics, state: &state)
  }

  public func weights(in state: WeightingState) -> [Double] { state.weights }
}
