/// CAGrad, conflict-averse gradient descent: Liu, Liu, Jin, Stone, Liu, "Conflict-Averse
/// Gradient Descent for Multi-task Learning", NeurIPS 2021 (arXiv 2110.14048); the form of
/// LibMTL's `CAGrad` and the authors' code.
///
/// With g_0 = (1/m) Σ g_i and k = c·‖g_0‖, the dual weights are
/// w = argmin_{w ∈ simplex} wᵀG u + k·√(wᵀG w + 1e-8) (u = 1/m everywhere), g_w = Σ w_i g_i,
/// and d = g_0 + (k / (‖g_w‖ + 1e-8)) g_w, divided by 1 + c² (`rescale` 1, the default), 1 + c
/// (2) or 1 (0). d maximizes the worst term's first-order improvement within the ball of radius
/// c·‖g_0‖ around g_0; with c = 0 it is the average gradient.
///
/// Settings: `c` (0.5), `rescale` (1). The simplex problem is convex; it is solved by projected
/// gradient descent with backtracking (`maximumIterations` 1000; see
/// ``dualWeights(_:b:k:)`` for when it stops) where LibMTL calls SciPy's SLSQP. Cost per step: up to a few thousand
/// O(m²) evaluations on the Gramian, then O(mP) for the sum.
package struct CAGradAggregator: GramianWeighting {
  /// The radius of the ball around the average gradient, relative to ‖g_0‖.
  package var c = 0.5
  /// How the direction is scaled: 0 none, 1 by 1/(1 + c²), 2 by 1/(1 + c).
  package var rescale = 1
  /// The most projected-gradient iterations.
  package var maximumIterations = 1000

  /// CAGrad with radius `c` (LibMTL's default 0.5).
  package init(c: Double = 0.5) { self.c = c }

  /// 1/m + λ w_i, rescaled.
  package func coefficients(gramian: Gramian, state: inout StatelessAggregation) -> [Double] {
    let m = gramian.size
    let u = [Double](repeating: 1 / Double(m), count: m)
    let gu = gramian.times(u)
    let meanNorm = zip(u, gu).reduce(0) { $0 + $1.0 * $1.1 }.squareRoot()
    let k = c * meanNorm + 1e-8
    let w = dualWeights(gramian, b: gu, k: k)
    let lambda = k / (gramian.quadraticForm(w).squareRoot() + 1e-8)
    let divisor: Double =
      switch rescale {
      case 1: 1 + c * c
      case 2: 1 + c
      default: 1
      }
    return (0..<m).map { (u[$0] + lambda * w[$0]) / divisor }
  }

  /// argmin over the simplex of f(w) = w·b + k·√(wᵀG w + 1e-8).
  ///
  /// Projected gradient descent with backtracking, in buffers made once per call. It stops when
  /// an accepted step moves w by at most 1e-13, or lowers f by at most 1e-12 of |f| (the
  /// reference's SLSQP stops at an objective change of 1e-6), or after `maximumIterations`.
  func dualWeights(_ gramian: Gramian, b: [Double], k: Double) -> [Double] {
    let m = gramian.size
    let zero = [Double](repeating: 0, count: m)
    var w = [Double](repeating: 1 / Double(m), count: m)
    var (gw, gradient, trial, gTrial, sorted) = (zero, zero, zero, zero, zero)
    /// f(v), with G·v written into `gv`.
    func objective(_ v: [Double], _ gv: inout [Double]) -> Double {
      var linear = 0.0
      var quadratic = 0.0
      for i in 0..<m {
        var sum = 0.0
        for j in 0..<m { sum += gramian[i, j] * v[j] }
        gv[i] = sum
        linear += v[i] * b[i]
        quadratic += v[i] * sum
      }
      return linear + k * (quadratic + 1e-8).squareRoot()
    }
    var value = objective(w, &gw)
    var step = 1 / Swift.max(gramian.trace, 1e-300)
    for _ in 0..<maximumIterations {
      var quadratic = 0.0
      for i in 0..<m { quadratic += w[i] * gw[i] }
      let root = (quadratic + 1e-8).squareRoot()
      for i in 0..<m { gradient[i] = b[i] + k * gw[i] / root }
      let previous = value
      var change = 0.0
      var accepted = false
      step *= 2
      for _ in 0..<60 {
        for i in 0..<m { trial[i] = w[i] - step * gradient[i] }
        Self.projectOntoSimplex(&trial, sorted: &sorted)
        var decrease = 0.0
        for i in 0..<m { decrease += gradient[i] * (w[i] - trial[i]) }
        let trialValue = objective(trial, &gTrial)
        if trialValue <= value - 0.5 * decrease || decrease <= 0 {
          for i in 0..<m { change = Swift.max(change, Swift.abs(trial[i] - w[i])) }
          if trialValue < value {
            swap(&w, &trial)
            swap(&gw, &gTrial)
            value = trialValue
          }
          accepted = true
          break
        }
        step /= 2
      }
      let stalled = previous - value <= 1e-12 * Swift.max(Swift.abs(value), 1e-300)
      if !accepted || change <= 1e-13 || stalled { break }
    }
    return w
  }

  /// Replaces `v` by its Euclidean projection onto the probability simplex (Duchi et al. 2008,
  /// by sorting); `sorted` is scratch of the same size.
  static func projectOntoSimplex(_ v: inout [Double], sorted: inout [Double]) {
    // Insertion sort, descending: m is a handful of terms.
    for i in v.indices {
      var j = i
      while j > 0, sorted[j - 1] < v[i] {
        sorted[j] = sorted[j - 1]
        j -= 1
      }
      sorted[j] = v[i]
    }
    var sum = 0.0
    var theta = 0.0
    for (index, value) in sorted.enumerated() {
      sum += value
      let candidate = (sum - 1) / Double(index + 1)
      if value - candidate > 0 { theta = candidate }
    }
    for i in v.indices { v[i] = Swift.max(v[i] - theta, 0) }
  }
}
