import Foundation
import LossrunEngine

/// ReLoBRaLo, relative loss balancing with random lookback (Bischof and Kraus 2021, Eq. 11).
///
/// With bal(t, t′)_i = m·softmax_i(L_i(t) / (T·L_i(t′) + 1e-12)):
/// hist_i = ρ·w_i(t−1) + (1 − ρ)·bal(t, 0)_i and w_i(t) = α·hist_i + (1 − α)·bal(t, t−1)_i,
/// with ρ ~ Bernoulli(E[ρ]). The rule's first update uses α = 1 (the initial weights, all 1), its
/// second α = 0, and L(0) is the losses of the second update, as in the reference code; ρ = 1 at
/// both, so the random stream is drawn from the third update on. The stream is the run's
/// `weighting` stream and lives in the state, so resume is bit-exact. Reads losses only.
package struct RelativeLossBalancing: WeightingRule, Hashable, Codable {
  /// The settings: values, never defaults (those are in `WeightingCatalogue`).
  package struct Settings: Hashable, Sendable, Codable {
    /// The history factor α.
    package var alpha: Double
    /// The softmax temperature T.
    package var temperature: Double
    /// The expected value E[ρ] of the Bernoulli lookback.
    package var expectedRho: Double

    /// Creates settings from explicit values.
    package init(alpha: Double, temperature: Double, expectedRho: Double) {
      self.alpha = alpha
      self.temperature = temperature
      self.expectedRho = expectedRho
    }
  }

  /// The random stream name of weighting rules.
  package static let streamName = "weighting"

  /// The settings.
  package let settings: Settings
  /// The number of terms.
  package let termCount: Int
  /// The run's seed (the Bernoulli stream is its `weighting` stream).
  package let seed: UInt64

  /// Creates the rule; throws on settings that cannot work.
  package init(termCount: Int, settings: Settings, seed: UInt64) throws(WeightingError) {
    guard termCount >= 1 else { throw WeightingError("weighting needs at least one term") }
    guard (0...1).contains(settings.alpha), (0...1).contains(settings.expectedRho) else {
      throw WeightingError("alpha and rho must be in [0, 1]")
    }
    guard settings.temperature > 0, settings.temperature.isFinite else {
      throw WeightingError("temperature must be positive, not \(settings.temperature)")
    }
    self.settings = settings
    self.termCount = termCount
    self.seed = seed
  }

  package var statisticGroups: [[Int]] { [] }
  package func needsStatistics(atStep step: Int) -> Bool { false }

  package func makeInitialState() -> WeightingState {
    WeightingState(
      weights: Array(repeating: 1, count: termCount),
      memory: WeightingMemory(random: RandomGenerator(seed: seed, streamName: Self.streamName)))
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
    switch memory.updates {
    case 0:
      return  // α = 1, ρ = 1: w(0) = w(−1), the initial weights
    case 1:
      memory.initialLosses = losses
      state.weights = Self.balance(losses, memory.previousLosses, settings.temperature)
    default:
      var random = memory.random ?? RandomGenerator(seed: seed, streamName: Self.streamName)
      let rho: Double = random.nextUnitDouble() < settings.expectedRho ? 1 : 0
      memory.random = random
      let lookback = Self.balance(losses, memory.initialLosses, settings.temperature)
      let recent = Self.balance(losses, memory.previousLosses, settings.temperature)
      let alpha = settings.alpha
      for i in state.weights.indices {
        let history = rho * state.weights[i] + (1 - rho) * lookback[i]
        state.weights[i] = alpha * history + (1 - alpha) * recent[i]
      }
    }
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }

  /// bal(t, t′) = m·softmax(L(t) / (T·L(t′) + 1e-12)), the softmax shifted by its largest
  /// argument (the same value, without overflow).
  static func balance(_ losses: [Double], _ earlier: [Double], _ temperature: Double) -> [Double] {
    let ratios = losses.indices.map { losses[$0] / (temperature * earlier[$0] + 1e-12) }
    let largest = ratios.max() ?? 0
    let exponentials = ratios.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { Double(losses.count) * $0 / total }
  }
}
