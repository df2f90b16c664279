/// ConFIG, conflict-free inverse gradients: Liu, Chu, Thuerey, "ConFIG: Towards Conflict-free
/// Training of Physics Informed Neural Networks", ICLR 2025 (arXiv 2408.11104); the `conflictfree`
/// package's `ConFIG_update`.
///
/// With the unit rows ĝ_i = g_i/‖g_i‖ stacked as U, the raw direction is x = U⁺ 1 (the min-norm
/// solution of ĝ_i·x = 1 for every i), and d = (Σ_i g_i·x̂) x̂ with x̂ = x/‖x‖: the direction has
/// equal projections d·ĝ_i on every unit gradient, and its length is the sum of the gradients'
/// projections on it. On the Gramian: U⁺ = Uᵀ(UUᵀ)⁺ with UUᵀ = C the cosine matrix, so
/// x = Σ a_i ĝ_i with a = C⁺1, ‖x‖² = aᵀC a and g_i·x = ‖g_i‖(C a)_i. When the g_i are
/// linearly independent, d·g_i > 0 for every i.
///
/// Settings: `relativeCutoff` (1e-10, eigenvalues of C below it times the largest count as zero,
/// as a pseudo-inverse's `rcond`). Zero gradients get zero unit vectors. Cost per step: one m×m
/// eigendecomposition, then O(mP) for the sum.
package struct ConFIGAggregator: GramianWeighting {
  /// The pseudo-inverse cutoff, relative to C's largest eigenvalue.
  package var relativeCutoff = 1e-10

  /// ConFIG with the default cutoff.
  package init() {}

  /// The coefficients (Σ_j g_j·x̂)/‖x‖ · a_i/‖g_i‖.
  package func coefficients(gramian: Gramian, state: inout StatelessAggregation) -> [Double] {
    let m = gramian.size
    let norms = (0..<m).map { Swift.max(gramian[$0, $0], 0).squareRoot() }
    var cosines = [Double](repeating: 0, count: m * m)
    for i in 0..<m where norms[i] > 0 {
      for j in 0..<m where norms[j] > 0 {
        cosines[i * m + j] = gramian[i, j] / (norms[i] * norms[j])
      }
    }
    let ones = (0..<m).map { norms[$0] > 0 ? 1.0 : 0 }
    let a = SmallDenseAlgebra.pseudoInverseApply(
      cosines, ones, size: m, relativeCutoff: relativeCutoff)
    let ca = Gramian(size: m, entries: cosines).times(a)
    let squaredLength = zip(a, ca).reduce(0) { $0 + $1.0 * $1.1 }
    guard squaredLength > 0 else { return Array(repeating: 0, count: m) }
    let length = (0..<m).reduce(0) { $0 + norms[$1] * ca[$1] } / squaredLength.squareRoot()
    let scale = length / squaredLength.squareRoot()
    return (0..<m).map { norms[$0] > 0 ? scale * a[$0] / norms[$0] : 0 }
  }
}
