import LossrunCheck
import LossrunEngine

/// NTK weighting (`ntk`, Wang, Yu, Perdikaris 2022): the weight of a term from the trace of its
/// block of the neural tangent kernel, tr(K_i) = Σ_x ‖∂r_i(x)/∂θ‖² over the first `batch`
/// points of the term's set.
///
/// Every `every` steps (at steps 0, every, …): with s_i = tr(K_i) (`trace: sum`, the paper) or
/// s_i = tr(K_i)/n_i, the mean of the kernel's diagonal (`trace: mean`, jaxpi), and S = Σ_j s_j
/// (sum) or mean_j s_j (mean), ŵ_i = S / (s_i + ε·S) and w_i ← (1 − a)·w_i + a·ŵ_i; all weights
/// start at 1. A zero or non-finite estimate keeps the old weight. The traces come from the
/// engine's exact Jacobian-norm pass (``Plan/computeJacobianNorms(_:)``), which the loop runs
/// only when ``needsJacobianNorms(atStep:)`` says so; the rule reads no gradient statistics.
package struct NTKWeighting: WeightingRule, Hashable, Codable {
  /// How a term's kernel block is summarized: `trace`.
  package enum Trace: String, Hashable, Sendable, Codable {
    /// tr(K_i), the sum of the block's diagonal (the paper).
    case sum
    /// The mean of the block's diagonal (jaxpi `compute_diag_ntk` then `jnp.mean`).
    case mean
  }

  /// The settings: values, never defaults (the defaults and presets are in
  /// `WeightingCatalogue`).
  package struct Settings: Hashable, Sendable, Codable {
    /// Update every this many steps.
    package var every: Int
    /// The number of points per term (the first of its set's current points).
    package var batch: Int
    /// The smoothing a.
    package var ema: Double
    /// The summary of each term's kernel block.
    package var trace: Trace
    /// The regularization ε of the denominator, relative to the numerator (jaxpi 1e-5).
    package var epsilon: Double

    /// Creates settings from explicit values.
    package init(every: Int, batch: Int, ema: Double, trace: Trace, epsilon: Double) {
      self.every = every
      self.batch = batch
      self.ema = ema
      self.trace = trace
      self.epsilon = epsilon
    }

    /// The settings of a checked spec's `ntk` rule (preset expanded, settings defaulted).
    package init(_ checked: CheckedWeighting.NTK) {
      self.init(
        every: checked.every, batch: checked.batch, ema: checked.ema,
        trace: checked.trace == .mean ? .mean : .sum, epsilon: checked.epsilon)
    }
  }

  /// The settings.
  package let settings: Settings
  /// The number of terms.
  package let termCount: Int

  /// Creates the rule; throws on settings that cannot work.
  package init(termCount: Int, settings: Settings) throws(WeightingError) {
    guard termCount >= 1 else { throw WeightingError("weighting needs at least one term") }
    guard settings.ema > 0, settings.ema <= 1 else {
      throw WeightingError("ema must be in (0, 1], not \(settings.ema)")
    }
    guard settings.every >= 1 else {
      throw WeightingError("every must be at least 1, not \(settings.every)")
    }
    guard settings.batch >= 1 else {
      throw WeightingError("batch must be at least 1, not \(settings.batch)")
    }
    guard settings.epsilon >= 0, settings.epsilon.isFinite else {
      throw WeightingError("epsilon must be a finite number ≥ 0, not \(settings.epsilon)")
    }
    self.settings = settings
    self.termCount = termCount
  }

  package var statisticGroups: [[Int]] { [] }

  package func needsStatistics(atStep step: Int) -> Bool { false }

  /// Whether the rule updates at `step`, so the loop runs the Jacobian-norm pass first.
  package func needsJacobianNorms(atStep step: Int) -> Bool { step % settings.every == 0 }

  package func makeInitialState() -> WeightingState {
    WeightingState(weights: Array(repeating: 1, count: termCount))
  }

  /// Does nothing: the rule advances in ``update(step:traces:counts:state:)``, from the
  /// Jacobian norms rather than gradient statistics.
  package func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout WeightingState
  ) {}

  /// Advances the state at an update step from each term's tr(K_i) over `counts[i]` points.
  package func update(step: Int, traces: [Double], counts: [Int], state: inout WeightingState) {
    guard needsJacobianNorms(atStep: step) else { return }
    precondition(
      traces.count == termCount && counts.count == termCount, "one trace and count per term")
    func summary(_ i: Int) -> Double {
      settings.trace == .sum ? traces[i] : traces[i] / Double(max(counts[i], 1))
    }
    var total = 0.0
    for i in 0..<termCount { total += summary(i) }
    let numerator = settings.trace == .sum ? total : total / Double(termCount)
    state.resetEstimates(count: termCount)
    for i in 0..<termCount {
      let s = summary(i)
      let estimate = numerator / (s + settings.epsilon * numerator)
      state.lastEstimates[i] = estimate
      guard s > 0, estimate.isFinite else { continue }
      state.weights[i] = (1 - settings.ema) * state.weights[i] + settings.ema * estimate
    }
    state.lastUpdateStep = step
  }

  package func weights(in state: WeightingState) -> [Double] { state.weights }
}
