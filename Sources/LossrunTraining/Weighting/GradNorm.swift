import Foundation
import LossrunCheck
import LossrunEngine

/// GradNorm (Chen et al. 2018): learnable log-weights s_i, w_i = exp(s_i) renormalized so that
/// Σw = m, trained to equalize the terms' gradient norms scaled by their relative training rates.
///
/// At each update, with the weights w of this step, n_i = ‖g_i^W‖ (the unweighted gradient over
/// the layer W, from the engine's statistics), G_i = w_i·n_i, r_i = (L_i/L_i(0)) /
/// mean_j(L_j/L_j(0)) (L(0) is the first update's losses) and the target mean(G)·r_i^α held
/// constant: the auxiliary loss Σ_i |G_i − target_i| has ∂/∂s_i = sign(G_i − target_i)·G_i
/// (∂G_i/∂s_i = G_i). One Adam step on s follows, then s is shifted so Σ exp(s) = m again; the
/// new weights weight the next step, as in LibMTL. A non-finite norm or loss skips the step.
package struct GradNorm: WeightingRule, Hashable, Codable {
  /// The parameters G_i is measured on.
  package enum Layer: String, Hashable, Sendable, Codable {
    /// The weights into the last hidden layer (the second-to-last dense layer).
    case lastHidden
    /// The output layer's weights.
    case output
    /// Every parameter.
    case all
  }

  /// The settings: values, never defaults (those are in `WeightingCatalogue`).
  package struct Settings: Hashable, Sendable, Codable {
    /// The restoring-force exponent α.
    package var alpha: Double
    /// The learning rate of the log-weights' Adam.
    package var learningRate: Double
    /// The parameters G_i is measured on.
    package var layer: Layer

    /// Creates settings from explicit values.
    package init(alpha: Double, learningRate: Double, layer: Layer) {
      self.alpha = alpha
      self.learningRate = learningRate
      self.layer = layer
    }

    /// The settings of a checked spec's `gradnorm` rule; without an `lr` setting the
    /// log-weights learn at the training learning rate.
    package init(_ checked: CheckedWeighting.GradNorm, trainingLearningRate: Double) {
      let layer: Layer =
        switch checked.layer {
        case .lastHidden: .lastHidden
        case .output: .output
        case .all: .all
        }
      self.init(
        alpha: checked.alpha, learningRate: checked.learningRate ?? trainingLearningRate,
        layer: layer)
    }
  }

  /// The settings.
  package let settings: Settings
  /// The number of terms.
  package let termCount: Int

  /// Creates the rule; throws on settings that cannot work.
  package init(termCount: Int, settings: Settings) throws(WeightingError) {
    guard termCount >= 1 else { throw WeightingError("weighting needs at least one term") }
    guard settings.alpha >= 0, settings.alpha.isFinite else {
      throw WeightingError("alpha must be finite and nonnegative, not \(settings.alpha)")
    }
    guard settings.learningRate > 0, settings.learningRate.isFinite else {
      throw WeightingError("lr must be positive, not \(settings.learningRate)")
    }
    self.settings = settings
    self.termCount = termCount
  }

  package var statisticGroups: [[Int]] { (0..<termCount).map { [$0] } }
  package func needsStatistics(atStep step: Int) -> Bool { true }

  package func makeInitialState() -> WeightingState {
    WeightingState(
      weights: Array(repeating: 1, count: termCount),
      memory: WeightingMemory(
        logWeights: Array(repeating: 0, count: termCount),
        optimizer: ScalarAdam(count: termCount, learningRate: settings.learningRate)))
  }

  /// ‖g_term^W‖ over the settings' layer.
  func norm<S: EngineScalar>(_ statistics: GradientStatistics<S>, term: Int) -> Double {
    let layers = statistics.layerCount
    switch settings.layer {
    case .all: return statistics.summary(group: term, scope: .all).norm
    case .output: return statistics.summary(group: term, layer: layers - 1, scope: .weights).norm
    case .lastHidden:
      return statistics.summary(group: term, layer: max(layers - 2, 0), scope: .weights).norm
    }
  }

  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {
    guard var memory = state.memory, var optimizer = memory.optimizer else { return }
    let m = Double(termCount)
    for i in state.weights.indices { state.weights[i] = exp(memory.logWeights[i]) }
    if memory.updates == 0 { memory.initialLosses = losses }
    memory.updates += 1
    defer { state.memory = memory }
    let ratios = losses.indices.map { losses[$0] / memory.initialLosses[$0] }
    let meanRatio = ratios.reduce(0, +) / m
    let scaled = state.weights.indices.map { state.weights[$0] * norm(statistics, term: $0) }
    let meanScaled = scaled.reduce(0, +) / m
    var gradient = scaled
    for i in gradient.indices {
      let target = meanScaled * pow(ratios[i] / meanRatio, settings.alpha)
      let difference = scaled[i] - target
      gradient[i] = difference > 0 ? scaled[i] : difference < 0 ? -scaled[i] : 0
    }
    guard gradient.allSatisfy(\.isFinite) else { return }
    optimizer.step(&memory.logWeights, gradient: gradient)
    memory.optimizer = optimizer
    let shift = log(m / memory.logWeights.reduce(0) { $0 + exp($1) })
    for i in memory.logWeights.indices { memory.logWeights[i] += shift }
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
