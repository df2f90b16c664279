/// UPGrad, the unconflicting projection of gradients: Quinton and Rey, "Jacobian Descent for
/// Multi-Objective Optimization", 2024 (arXiv 2406.16232); TorchJD's `UPGrad`.
///
/// Each g_i, scaled by its preference weight (1/m, TorchJD's default mean), is projected onto
/// the dual cone {x : x·g_j ≥ 0 for all j}, and the projections are summed:
/// d = Σ_i π(g_i / m). Every projection lies in the cone, so d·g_j ≥ 0 for every j: no term's
/// loss increases to first order. Each projection is a small QP on the Gramian
/// (``DualConeProjection``).
///
/// Settings: `projection.normalizationEpsilon` (1e-4), `projection.regularization` (1e-4),
/// as TorchJD's `norm_eps` and `reg_eps`. Cost per step: m QPs of size m on the Gramian, then
/// O(mP) for the sum.
package struct UPGradAggregator: GramianWeighting {
  /// The dual-cone projection and its settings.
  package var projection = DualConeProjection()

  /// UPGrad with TorchJD's defaults.
  package init() {}

  /// The sum over i of the weights of π(g_i / m).
  package func coefficients(gramian: Gramian, state: inout StatelessAggregation) -> [Double] {
    let m = gramian.size
    var total = [Double](repeating: 0, count: m)
    let a = projection.preparedGramian(gramian)
    for i in 0..<m {
      var u = [Double](repeating: 0, count: m)
      u[i] = 1 / Double(m)
      let w = projection.weights(projecting: u, prepared: a, size: m)
      for k in 0..<m { total[k] += w[k] }
    }
    return total
  }
}
