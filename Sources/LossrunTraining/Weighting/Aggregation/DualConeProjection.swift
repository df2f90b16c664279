/// The projection onto the dual cone of the rows of J, {x : J x ≥ 0}, on the Gramian: as in
/// TorchJD's `_utils/dual_cone.py`, the projection of Jᵀu is Jᵀw with
/// w = argmin_{v ≥ u} vᵀ G v (Quinton and Rey 2024, Proposition 1).
///
/// The Gramian is first divided by its trace (replaced by zeros when the trace is below
/// `normalizationEpsilon`, so that w = u: the preference-weighted mean) and then regularized by
/// `regularization`·I, TorchJD's `norm_eps` and `reg_eps` (both 1e-4), so the QP is strictly
/// convex; the weights are applied to the original gradients.
package struct DualConeProjection: Hashable, Sendable {
  /// Below this trace the gradients count as zero and the weights are zero.
  package var normalizationEpsilon = 1e-4
  /// Added to the normalized Gramian's diagonal.
  package var regularization = 1e-4
  /// The QP solver.
  package var solver = NonnegativeQuadraticProgram()

  /// The projection with TorchJD's defaults.
  package init() {}

  /// The normalized, regularized Gramian (TorchJD's `regularize(normalize(G))`).
  package func preparedGramian(_ gramian: Gramian) -> [Double] {
    let trace = gramian.trace
    let m = gramian.size
    var a = gramian.entries.map { trace >= normalizationEpsilon ? $0 / trace : 0 }
    for i in 0..<m { a[i * m + i] += regularization }
    return a
  }

  /// w = argmin_{v ≥ u} vᵀA v for a prepared Gramian A.
  package func weights(projecting u: [Double], prepared a: [Double], size m: Int) -> [Double] {
    var q = [Double](repeating: 0, count: m)
    for i in 0..<m { for j in 0..<m { q[i] += a[i * m + j] * u[j] } }
    let x = solver.solve(a, q, size: m)
    return (0..<m).map { u[$0] + x[$0] }
  }
}
