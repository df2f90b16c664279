import Foundation
import LossrunEngine

/// SoftAdapt (Heydari et al. 2019) in PhysicsNeMo-Sym's form: the first update keeps the plain
/// sum (all weights 1); afterwards w_i = m·e_i / Σ_j e_j with
/// e_i = exp(r_i − max_j r_j) and r_i = L_i / (L_i^prev + ε), the previous update's losses.
///
/// That is the total m/Σe · Σ e_i L_i. Non-finite ratios (a loss overflowing) keep the
/// weights. Reads losses only.
package struct SoftAdapt: WeightingRule, Hashable, Codable {
  /// The number of terms.
  package let termCount: Int
  /// Added to the previous loss (guards a vanished one).
  package let epsilon: Double

  /// Creates the rule; throws on settings that cannot work.
  package init(termCount: Int, epsilon: Double) throws(WeightingError) {
    guard termCount >= 1 else { throw WeightingError("weighting needs at least one term") }
    guard epsilon >= 0, epsilon.isFinite else {
      throw WeightingError("epsilon must be finite and nonnegative")
    }
    self.termCount = termCount
    self.epsilon = epsilon
  }

  package var statisticGroups: [[Int]] { [] }
  package func needsStatistics(atStep step: Int) -> Bool { false }

  package func makeInitialState() -> WeightingState {
    WeightingState(weights: Array(repeating: 1, count: termCount), memory: WeightingMemory())
  }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    var memory = state.memory ?? WeightingMemory()
    defer {
      memory.updates += 1
      memory.previousLosses = losses
      state.memory = memory
    }
    guard memory.updates > 0 else { return }
    let ratios = losses.indices.map { losses[$0] / (memory.previousLosses[$0] + epsilon) }
    guard let largest = ratios.max(), ratios.allSatisfy(\.isFinite) else { return }
    let exponentials = ratios.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    for i in state.weights.indices {
      state.weights[i] = Double(termCount) * exponentials[i] / total
    }
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
