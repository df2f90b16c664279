/// DualProj: the average gradient projected onto the dual cone of the term gradients, TorchJD's
/// `DualProj` (Quinton and Rey 2024, arXiv 2406.16232; the projection idea of Lopez-Paz and
/// Ranzato's GEM, NeurIPS 2017).
///
/// d = π((1/m) Σ g_i), π the projection onto {x : x·g_j ≥ 0 for all j}, one QP on the Gramian
/// (``DualConeProjection``). So d·g_j ≥ 0 for every j.
///
/// Settings: `projection.normalizationEpsilon` (1e-4), `projection.regularization` (1e-4).
/// Cost per step: one QP of size m, then O(mP) for the sum.
package struct DualProjAggregator: GramianWeighting {
  /// The dual-cone projection and its settings.
  package var projection = DualConeProjection()

  /// DualProj with TorchJD's defaults.
  package init() {}

  /// The weights of π(mean g).
  package func coefficients(gramian: Gramian, state: inout StatelessAggregation) -> [Double] {
    let m = gramian.size
    return projection.weights(
      projecting: Array(repeating: 1 / Double(m), count: m),
      prepared: projection.preparedGramian(gramian), size: m)
  }
}
