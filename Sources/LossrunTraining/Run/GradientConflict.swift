/// Gradient-conflict diagnostics of one per-term pass: how the term gradients `g_i` point
/// relative to each other and to the applied update, computed from their Gramian `G_ij = g_i·g_j`.
///
/// The metrics log them on log steps (columns `cos_A_B`, `alignment`, `update_cos_T`, see
/// ``MetricsColumns``). A zero gradient has cosine 0 with everything and contributes nothing to
/// the alignment's mean of unit vectors.
struct GradientConflict: Equatable {
  /// `cos(g_i, g_j)` for every pair `i < j`, in the order (0,1), (0,2), …, (1,2), ….
  var pairCosines: [Double]
  /// The alignment score of Wang et al. 2025 (arXiv 2502.00604):
  /// `A = 2‖(1/m)Σ_i g_i/‖g_i‖‖² − 1 = (2/m²)Σ_ij G_ij/(‖g_i‖‖g_j‖) − 1`, in [−1, 1]; 1 when every
  /// term gradient points the same way, below 0 when they conflict.
  var alignment: Double
  /// `cos(d, g_i)` for each term, with `d` the applied update direction (empty when not known).
  var updateCosines: [Double]

  /// The diagnostics of `m` gradients from their row-major `m×m` Gramian, and (optionally) the
  /// update `d`'s inner products `d·g_i` and its norm `‖d‖`.
  ///
  /// - Precondition: `gramian` has `m*m` entries and `updateDots` is empty or has `m`.
  init(gramian: [Double], termCount m: Int, updateDots: [Double] = [], updateNorm: Double = 0) {
    precondition(gramian.count == m * m && (updateDots.isEmpty || updateDots.count == m))
    let norms = (0..<m).map { gramian[$0 * m + $0].squareRoot() }
    func cosine(_ dot: Double, _ a: Double, _ b: Double) -> Double {
      let d = a * b
      return d > 0 ? dot / d : 0
    }
    var pairs: [Double] = []
    pairs.reserveCapacity(m * (m - 1) / 2)
    for i in 0..<m {
      for j in (i + 1)..<max(m, i + 1) {
        pairs.append(cosine(gramian[i * m + j], norms[i], norms[j]))
      }
    }
    pairCosines = pairs
    var sum = 0.0
    for i in 0..<m {
      for j in 0..<m { sum += cosine(gramian[i * m + j], norms[i], norms[j]) }
    }
    alignment = m > 0 ? 2 * sum / Double(m * m) - 1 : 0
    updateCosines = updateDots.enumerated().map { cosine($0.element, updateNorm, norms[$0.offset]) }
  }
}
