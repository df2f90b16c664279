import LossrunEngine

/// Constant weights, as written in the spec (all 1 by default).
public struct FixedWeighting: WeightingRule, Hashable, Codable {
  /// The weights.
  public let fixedWeights: [Double]

  /// Creates the rule; throws when a weight is negative or not finite.
  public init(weights: [Double]) throws(WeightingError) {
    for (term, weight) in weights.enumerated() where !(weight.isFinite && weight >= 0) {
      throw WeightingError("weight \(weight) of term \(term + 1) must be finite and nonnegative")
    }
    fixedWeights = weights
  }

  public var termCount: Int { fixedWeights.count }
  public var statisticGroups: [[Int]] { [] }
  public func needsStatistics(atStep step: Int) -> Bool { false }
  public func makeInitialState() -> WeightingState { WeightingState(weights: fixedWeights) }

  public func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {}

  public func weights(in state: WeightingState) -> [Double] { state.weights }
}
