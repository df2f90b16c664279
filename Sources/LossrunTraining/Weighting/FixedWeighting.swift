import LossrunEngine

/// Constant weights, as written in the spec (all 1 by default).
package struct FixedWeighting: WeightingRule, Hashable, Codable {
  /// The weights.
  package let fixedWeights: [Double]

  /// Creates the rule; throws when a weight is negative or not finite.
  package init(weights: [Double]) throws(WeightingError) {
    for (term, weight) in weights.enumerated() where !(weight.isFinite && weight >= 0) {
      throw WeightingError("weight \(weight) of term \(term + 1) must be finite and nonnegative")
    }
    fixedWeights = weights
  }

  package var termCount: Int { fixedWeights.count }
  package var statisticGroups: [[Int]] { [] }
  package func needsStatistics(atStep step: Int) -> Bool { false }
  package func makeInitialState() -> WeightingState { WeightingState(weights: fixedWeights) }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {}

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
