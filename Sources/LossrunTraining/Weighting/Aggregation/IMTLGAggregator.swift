/// IMTL-G, the gradient part of impartial multi-task learning: Liu, Li, Kuang, Xue, Chen, Yang,
/// Liao, Zhang, "Towards Impartial Multi-task Learning", ICLR 2021; TorchJD's `IMTLG`.
///
/// The weights make the direction d = Σ w_i g_i project equally on every unit gradient
/// (d·g_i/‖g_i‖ the same for all i) with Σ w_i = 1: w = v / Σ v with v = G⁺ s, s_i = ‖g_i‖.
/// When Σ v vanishes (below 1e-12 in magnitude) the weights are zero.
///
/// Settings: `relativeCutoff` (1e-10, of the pseudo-inverse). Cost per step: one m×m
/// eigendecomposition, then O(mP) for the sum.
package struct IMTLGAggregator: GramianWeighting {
  /// The pseudo-inverse cutoff, relative to G's largest eigenvalue.
  package var relativeCutoff = 1e-10

  /// IMTL-G with the default cutoff.
  package init() {}

  /// v / Σ v with v = G⁺ s.
  package func coefficients(gramian: Gramian, state: inout StatelessAggregation) -> [Double] {
    let m = gramian.size
    let norms = (0..<m).map { Swift.max(gramian[$0, $0], 0).squareRoot() }
    let v = SmallDenseAlgebra.pseudoInverseApply(
      gramian.entries, norms, size: m, relativeCutoff: relativeCutoff)
    let sum = v.reduce(0, +)
    guard Swift.abs(sum) >= 1e-12 else { return Array(repeating: 0, count: m) }
    return v.map { $0 / sum }
  }
}
