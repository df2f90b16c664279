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
/// gradient descent with backtracking (`maximumIterations` 1000, stop when a step moves w by
/// less than 1e-13) where LibMTL calls SciPy's SLSQP. Cost per step: up to a few thousand
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
  func dualWeights(_ gramian: Gramian, b: [Double], k: Double) -> [Double] {
    let m = gramian.size
    func objective(_ w: [Double]) -> Double {
      zip(w, b).reduce(0) { $0 + $1.0 * $1.1 } + k * (gramian.quadraticForm(w) + 1e-8).squareRoot()
    }
    var w = [Double](repeating: 1 / Double(m), count: m)
    var value = objective(w)
    var step = 1 / Swift.max(gramian.trace, 1e-300)
    for _ in 0..<maximumIterations {
      let gw = gramian.times(w)
      let root = (gramian.quadraticForm(w) + 1e-8).squareRoot()
      let gradient = (0..<m).map { b[$0] + k * gw[$0] / root }
      var moved = false
      step *= 2
      for _ in 0..<60 {
        let trial = Self.projectOntoSimplex((0..<m).map { w[$0] - step * gradient[$0] })
        var decrease = 0.0
        for i in 0..<m { decrease += gradient[i] * (w[i] - trial[i]) }
        let trialValue = objective(trial)
        if trialValue <= value - 0.5 * decrease || decrease <= 0 {
          let change = zip(trial, w).map { Swift.abs($0 - $1) }.max() ?? 0
          moved = change > 1e-13
          if trialValue < value { (w, value) = (trial, trialValue) }
          break
        }
        step /= 2
      }
      if !moved { break }
    }
    return w
  }

  /// The Euclidean projection onto the probability simplex (Duchi et al. 2008, by sorting).
  static func projectOntoSimplex(_ v: [Double]) -> [Double] {
    let sorted = v.sorted(by: >)
    var sum = 0.0
    var theta = 0.0
    for (index, value) in sorted.enumerated() {
      sum += value
      let candidate = (sum - 1) / Double(index + 1)
      if value - candidate > 0 { theta = candidate }
    }
    return v.map { Swift.max($0 - theta, 0) }
  }
}
