import LossrunEngine

/// A gradient aggregator: from the m per-term gradients (and their Gramian), one update
/// direction.
///
/// Aggregators combine the terms' gradients g_1…g_m instead of scaling the losses: PCGrad, MGDA,
/// CAGrad, UPGrad, DualProj, ConFIG and M-ConFIG. An aggregator is immutable configuration; what
/// changes between steps (PCGrad's random stream, M-ConFIG's momenta) lives in its ``State``, a
/// Codable value saved in checkpoints for bit-exact resume.
///
/// The loop calls ``aggregate(_:gramian:state:into:)`` once per step after the per-term
/// gradients exist. Most aggregators are weightings (see ``GramianWeighting``): they compute
/// coefficients c from the m×m Gramian and write d = Σ c_i g_i in one pass over the parameters.
package protocol GradientAggregator<State>: Sendable {
  /// The aggregator's changing state.
  associatedtype State: Hashable & Sendable & Codable

  /// The state before the first step, for gradients of `parameterCount` entries; `seed` is the
  /// run's seed (aggregators that draw numbers derive their own stream from it).
  func makeInitialState(parameterCount: Int, seed: UInt64) -> State

  /// Writes the combined direction into `direction` and returns the per-term coefficients c
  /// (d = Σ c_i g_i), or nil when the direction is not a weighting of this step's gradients.
  ///
  /// - Parameters:
  ///   - gradients: the per-term gradients, m rows of P entries.
  ///   - gramian: their m×m Gramian g_i·g_j.
  ///   - state: the aggregator's state, advanced by one step.
  ///   - direction: P entries, overwritten.
  /// - Precondition: `gramian` is m×m and `direction` has P entries.
  func aggregate<S: EngineScalar>(
    _ gradients: TermGradients<S>, gramian: Gramian, state: inout State,
    into direction: UnsafeMutableBufferPointer<S>
  ) -> [Double]?
}

/// An aggregator whose direction is a weighting of the per-term gradients, d = Σ c_i g_i, with
/// coefficients computed from the Gramian alone (m×m, cheap).
package protocol GramianWeighting<State>: GradientAggregator {
  /// The coefficients c_i of the direction d = Σ c_i g_i.
  func coefficients(gramian: Gramian, state: inout State) -> [Double]
}

extension GramianWeighting {
  /// The coefficients from the Gramian, then one weighted sum over the parameters.
  package func aggregate<S: EngineScalar>(
    _ gradients: TermGradients<S>, gramian: Gramian, state: inout State,
    into direction: UnsafeMutableBufferPointer<S>
  ) -> [Double]? {
    precondition(gramian.size == gradients.termCount, "a Gramian of another term count")
    let c = coefficients(gramian: gramian, state: &state)
    gradients.weightedSum(c, into: direction)
    return c
  }
}

/// The state of an aggregator that keeps none.
package struct StatelessAggregation: Hashable, Sendable, Codable {
  /// The empty state.
  package init() {}
}

extension GramianWeighting where State == StatelessAggregation {
  /// The empty state.
  package func makeInitialState(parameterCount: Int, seed: UInt64) -> StatelessAggregation {
    StatelessAggregation()
  }

  /// The coefficients of a stateless weighting.
  package func coefficients(gramian: Gramian) -> [Double] {
    var state = StatelessAggregation()
    return coefficients(gramian: gramian, state: &state)
  }
}
