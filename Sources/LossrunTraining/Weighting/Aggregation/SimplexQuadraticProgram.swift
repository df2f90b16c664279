/// The minimizer of wᵀG w over the probability simplex (w ≥ 0, Σ w = 1) for a positive
/// semidefinite m×m G: the weights of the min-norm point of the convex hull of the g_i.
///
/// Pairwise exchange (sequential minimal optimization with the maximal violating pair): each
/// iteration moves weight from the term with the largest (G w)_j among those with w_j > 0 to the
/// term with the smallest (G w)_i, by the exact line search along e_i − e_j (Sener and Koltun's
/// two-task step). It stops when (G w)_j − (G w)_i ≤ `tolerance`·(the largest G_kk), the
/// optimality condition, so it solves the problem Frank–Wolfe approximates.
package struct SimplexQuadraticProgram: Hashable, Sendable {
  /// The optimality gap, relative to the largest diagonal entry.
  package var tolerance: Double = 1e-12
  /// The most exchanges.
  package var maximumIterations: Int = 10_000

  /// A solver with the default tolerances.
  package init() {}

  /// The minimizing weights, starting from the uniform weights.
  package func solve(_ gramian: Gramian) -> [Double] {
    let m = gramian.size
    guard m > 1 else { return Array(repeating: 1, count: m) }
    var w = [Double](repeating: 1 / Double(m), count: m)
    var gradient = gramian.times(w)
    let scale = (0..<m).map { gramian[$0, $0] }.max() ?? 0
    for _ in 0..<maximumIterations {
      var (low, high) = (0, -1)
      for k in 0..<m where gradient[k] < gradient[low] { low = k }
      for k in 0..<m where w[k] > 0 && (high < 0 || gradient[k] > gradient[high]) { high = k }
      let gap = gradient[high] - gradient[low]
      guard high != low, gap > tolerance * scale else { break }
      let curvature = gramian[low, low] + gramian[high, high] - 2 * gramian[low, high]
      let step = curvature > 0 ? Swift.min(gap / curvature, w[high]) : w[high]
      w[low] += step
      w[high] = step == w[high] ? 0 : w[high] - step
      for k in 0..<m { gradient[k] += step * (gramian[k, low] - gramian[k, high]) }
    }
    return w
  }
}
