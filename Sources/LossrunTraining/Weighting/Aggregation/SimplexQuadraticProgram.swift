/// The minimizer of wᵀG w over the probability simplex (w ≥ 0, Σ w = 1) for a positive
/// semidefinite m×m G: the weights of the min-norm point of the convex hull of the g_i.
///
/// Pairwise exchange (sequential minimal optimization with the maximal violating pair): each
/// iteration moves weight from the term with the largest (G w)_j among those with w_j > 0 to the
/// term with the smallest (G w)_i, by the exact line search along e_i − e_j (Sener and Koltun's
/// two-task step). It stops when (G w)_j − (G w)_i ≤ `tolerance`·(the largest G_kk), the
/// optimality condition, so it solves the problem Frank–Wolfe approximates. Exchanges converge
/// slowly when the g_i are affinely dependent (0 in or near the hull), so every
/// `polishInterval` exchanges the solver also solves the optimality conditions on the current
/// support exactly (a bordered system, by pseudo-inverse) and stops when that point is optimal.
package struct SimplexQuadraticProgram: Hashable, Sendable {
  /// The optimality gap, relative to the largest diagonal entry.
  package var tolerance: Double = 1e-12
  /// The most exchanges.
  package var maximumIterations: Int = 10_000
  /// Exchanges between two attempts at the exact solve on the support.
  package var polishInterval: Int = 50

  /// A solver with the default tolerances.
  package init() {}

  /// The minimizing weights, starting from the uniform weights.
  package func solve(_ gramian: Gramian) -> [Double] {
    let m = gramian.size
    guard m > 1 else { return Array(repeating: 1, count: m) }
    var w = [Double](repeating: 1 / Double(m), count: m)
    var gradient = gramian.times(w)
    let scale = (0..<m).map { gramian[$0, $0] }.max() ?? 0
    for iteration in 0..<maximumIterations {
      if iteration > 0, iteration % polishInterval == 0,
        let exact = polished(gramian, start: w, scale: scale)
      {
        return exact
      }
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

  /// The exact minimizer by a primal active-set method started from the feasible `start`, if it
  /// reaches a point that is optimal over the whole simplex within 4m steps; nil otherwise.
  func polished(_ gramian: Gramian, start: [Double], scale: Double) -> [Double]? {
    let m = gramian.size
    var w = start
    var support = w.map { $0 > 0 }
    for _ in 0..<(4 * m) {
      let z = stationaryPoint(gramian, support: support)
      let blocked = (0..<m).filter { support[$0] && z[$0] < 0 }
      if blocked.isEmpty {
        w = z
        let gw = gramian.times(w)
        let value = zip(w, gw).reduce(0) { $0 + $1.0 * $1.1 }
        var entering = -1
        for k in 0..<m where !support[k] && gw[k] < value - tolerance * scale {
          if entering < 0 || gw[k] < gw[entering] { entering = k }
        }
        guard entering >= 0 else { return w }
        support[entering] = true
      } else {
        let ratios = blocked.map { w[$0] / (w[$0] - z[$0]) }
        let alpha = Swift.min(1, ratios.min()!)
        for k in 0..<m { w[k] += alpha * (z[k] - w[k]) }
        for (k, ratio) in zip(blocked, ratios) where ratio <= alpha || w[k] <= 0 {
          support[k] = false
        }
        for k in 0..<m where !support[k] { w[k] = 0 }
        let total = w.reduce(0, +)
        guard total > 0 else { return nil }
        for k in 0..<m { w[k] /= total }
      }
    }
    return nil
  }

  /// The stationary point of wᵀG w on Σ w = 1 with the weights outside `support` at zero:
  /// [[G_SS, 1], [1ᵀ, 0]] [z; μ] = [0; 1], solved by pseudo-inverse (G_SS may be singular; the
  /// system is consistent, so the least-norm solution solves it).
  private func stationaryPoint(_ gramian: Gramian, support: [Bool]) -> [Double] {
    let m = gramian.size
    let indices = (0..<m).filter { support[$0] }
    let n = indices.count
    var bordered = [Double](repeating: 0, count: (n + 1) * (n + 1))
    for (r, i) in indices.enumerated() {
      for (c, j) in indices.enumerated() { bordered[r * (n + 1) + c] = gramian[i, j] }
      bordered[r * (n + 1) + n] = 1
      bordered[n * (n + 1) + r] = 1
    }
    var rhs = [Double](repeating: 0, count: n + 1)
    rhs[n] = 1
    let solution = SmallDenseAlgebra.pseudoInverseApply(
      bordered, rhs, size: n + 1, relativeCutoff: 1e-12)
    var z = [Double](repeating: 0, count: m)
    for (r, i) in indices.enumerated() { z[i] = solution[r] }
    return z
  }
}
