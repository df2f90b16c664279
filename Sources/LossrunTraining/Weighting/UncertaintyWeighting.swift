import Foundation
import LossrunEngine

/// Homoscedastic uncertainty weighting (Kendall, Gal and Cipolla 2018): learnable s_i, total
/// loss Σ_i ½e^{−s_i}·L_i + ½s_i.
///
/// The network sees the weights w_i = ½e^{−s_i} (the ½s_i terms have no gradient in θ). Each
/// update first sets the weights from the current s (all s_i start at 0, so w_i = ½), then takes
/// one Adam step on s along the analytic gradient ∂/∂s_i = −½e^{−s_i}·L_i + ½, as joint training
/// of θ and s from one forward pass does. Reads losses only.
package struct UncertaintyWeighting: WeightingRule, Hashable, Codable {
  /// The number of terms.
  package let termCount: Int
  /// The learning rate of the s_i's Adam.
  package let learningRate: Double

  /// Creates the rule; throws on settings that cannot work.
  package init(termCount: Int, learningRate: Double) throws(WeightingError) {
    guard termCount >= 1 else { throw WeightingError("weighting needs at least one term") }
    guard learningRate > 0, learningRate.isFinite else {
      throw WeightingError("lr must be positive, not \(learningRate)")
    }
    self.termCount = termCount
    self.learningRate = learningRate
  }

  package var statisticGroups: [[Int]] { [] }
  package func needsStatistics(atStep step: Int) -> Bool { false }

  package func makeInitialState() -> WeightingState {
    WeightingState(
      weights: Array(repeating: 0.5, count: termCount),
      memory: WeightingMemory(
        logWeights: Array(repeating: 0, count: termCount),
        optimizer: ScalarAdam(count: termCount, learningRate: learningRate)))
  }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    guard var memory = state.memory, var optimizer = memory.optimizer,
      losses.allSatisfy(\.isFinite)
    else { return }
    var gradient = losses
    for i in memory.logWeights.indices {
      let weight = 0.5 * exp(-memory.logWeights[i])
      state.weights[i] = weight
      gradient[i] = -weight * losses[i] + 0.5
    }
    optimizer.step(&memory.logWeights, gradient: gradient)
    memory.optimizer = optimizer
    memory.updates += 1
    state.memory = memory
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
