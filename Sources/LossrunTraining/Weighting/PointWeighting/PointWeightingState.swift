/// What a per-point rule remembers between steps, saved in the checkpoint (so resume is
/// bit-exact).
///
/// Per weighted term (in the order of ``PointWeighting/terms``), `values` holds the rule's
/// per-term numbers: causal weighting's chunk losses l_k (K, empty before the first residuals),
/// RBA's multipliers λ_j and the self-adaptive weights' λ_j (one per point).
package struct PointWeightingState: Hashable, Sendable, Codable {
  /// The per-term values (see the type's documentation).
  package var values: [[Double]]
  /// Causal weighting's current ε (0 for the other rules).
  package var epsilon: Double
  /// The self-adaptive weights' Adam, one per term (empty for the other rules).
  package var optimizers: [ScalarAdam]
  /// The step whose residuals last updated the state, or nil before the first.
  package var updatedAtStep: Int?
}
