import Foundation
import LossrunEngine

/// M-ConFIG, ConFIG with momentum: Liu, Chu, Thuerey, ICLR 2025 (arXiv 2408.11104), Algorithm 2;
/// the `conflictfree` package's `PseudoMomentumOperator`.
///
/// Each term keeps a first-moment momentum m_i. At each step one term, in turn (i = 0, 1, …,
/// m − 1, 0, …), updates its momentum: m_i ← β₁ m_i + (1 − β₁) g_i, t_i ← t_i + 1. Until every
/// term has been updated once the direction is zero; then the direction is ConFIG of the
/// bias-corrected momenta m̂_i = m_i / (1 − β₁^{t_i}). With `normalizesBySecondMoment` (the
/// reference's behavior) it is then divided by √ŝ + 1e-8, where ŝ is the bias-corrected second
/// moment (β₂) of the pseudo-gradient that would give this first moment; the reference
/// recommends plain SGD on top of it.
///
/// The paper's saving, one backward pass per step, needs a loop that computes only term i's
/// gradient; with all per-term gradients at hand this aggregator reads only row i. The
/// momenta's Gramian is kept up to date one row per step. Settings: `beta1` (0.9), `beta2`
/// (0.999), `normalizesBySecondMoment` (true), `config` (ConFIG's cutoff). State: m·P + 2P
/// doubles. Cost per step: O(mP).
package struct MomentumConFIGAggregator: GradientAggregator {
  /// The changing state: the momenta, their Gramian and the second moment.
  package struct State: Hashable, Sendable, Codable {
    /// The momenta m_i, `[term][parameter]`.
    package var momenta: [Double]
    /// How often each term's momentum has been updated (t_i).
    package var updateCounts: [Int]
    /// The Gramian of the raw momenta, row-major m×m.
    package var momentumGramian: [Double]
    /// The second moment s of the pseudo-gradient, per parameter.
    package var secondMoment: [Double]
    /// The pseudo first moment of the last step, per parameter.
    package var pseudoMomentum: [Double]
    /// The steps since every term had a momentum (t).
    package var step: Int
    /// The term whose momentum the next step updates.
    package var nextTerm: Int
  }

  /// The number of terms m.
  package let termCount: Int
  /// The first-moment decay β₁.
  package var beta1 = 0.9
  /// The second-moment decay β₂.
  package var beta2 = 0.999
  /// Whether the ConFIG direction is divided by the pseudo-gradient's second moment.
  package var normalizesBySecondMoment = true
  /// The ConFIG step on the bias-corrected momenta.
  package var config = ConFIGAggregator()

  /// M-ConFIG over `termCount` terms with the reference's defaults.
  package init(termCount: Int) { self.termCount = termCount }

  /// Zero momenta for `parameterCount` parameters.
  package func makeInitialState(parameterCount: Int, seed: UInt64) -> State {
    State(
      momenta: Array(repeating: 0, count: termCount * parameterCount),
      updateCounts: Array(repeating: 0, count: termCount),
      momentumGramian: Array(repeating: 0, count: termCount * termCount),
      secondMoment: Array(repeating: 0, count: parameterCount),
      pseudoMomentum: Array(repeating: 0, count: parameterCount), step: 0, nextTerm: 0)
  }

  /// Updates one term's momentum and writes the direction; returns nil (the direction combines
  /// momenta, not this step's gradients). `gramian` is not read.
  package func aggregate<S: EngineScalar>(
    _ gradients: TermGradients<S>, gramian: Gramian, state: inout State,
    into direction: UnsafeMutableBufferPointer<S>
  ) -> [Double]? {
    let (m, p) = (termCount, gradients.parameterCount)
    precondition(gradients.termCount == m, "gradients of another term count")
    precondition(state.momenta.count == m * p, "a state of another parameter count")
    precondition(direction.count == p, "a direction of another length")
    let term = state.nextTerm
    state.nextTerm = (term + 1) % m
    updateMomentum(term, gradients.row(term), &state)
    guard state.updateCounts.allSatisfy({ $0 > 0 }) else {
      direction.update(repeating: 0)
      return nil
    }
    state.step += 1
    let corrections = state.updateCounts.map { 1 / (1 - pow(beta1, Double($0))) }
    var corrected = state.momentumGramian
    for i in 0..<m { for j in 0..<m { corrected[i * m + j] *= corrections[i] * corrections[j] } }
    let c = config.coefficients(gramian: Gramian(size: m, entries: corrected))
    let weights = (0..<m).map { c[$0] * corrections[$0] }
    let t = Double(state.step)
    let (firstCorrection, secondCorrection) = (1 - pow(beta1, t), 1 - pow(beta2, t))
    for index in 0..<p {
      var value = 0.0
      for i in 0..<m { value += weights[i] * state.momenta[i * p + index] }
      if normalizesBySecondMoment {
        let pseudo = value * firstCorrection
        let pseudoGradient = (pseudo - beta1 * state.pseudoMomentum[index]) / (1 - beta1)
        state.pseudoMomentum[index] = pseudo
        let s = beta2 * state.secondMoment[index] + (1 - beta2) * pseudoGradient * pseudoGradient
        state.secondMoment[index] = s
        value /= (s / secondCorrection).squareRoot() + 1e-8
      }
      direction[index] = S(value)
    }
    return nil
  }

  /// m_term ← β₁ m_term + (1 − β₁) g, then the momenta Gramian's row and column `term`.
  private func updateMomentum<S: EngineScalar>(
    _ term: Int, _ gradient: UnsafeBufferPointer<S>, _ state: inout State
  ) {
    let (m, p) = (termCount, gradient.count)
    let base = term * p
    for index in 0..<p {
      state.momenta[base + index] =
        beta1 * state.momenta[base + index] + (1 - beta1) * Double(gradient[index])
    }
    state.updateCounts[term] += 1
    for other in 0..<m {
      var dot = 0.0
      for index in 0..<p { dot += state.momenta[base + index] * state.momenta[other * p + index] }
      state.momentumGramian[term * m + other] = dot
      state.momentumGramian[other * m + term] = dot
    }
  }
}
