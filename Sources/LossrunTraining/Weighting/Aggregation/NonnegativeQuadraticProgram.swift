/// The exact solution of min_{x ≥ 0} ½ xᵀA x + qᵀx for a symmetric positive definite n×n A
/// (n ≤ ~10), by a primal active-set method (Lawson and Hanson's NNLS, written for a quadratic).
///
/// UPGrad and DualProj solve their dual-cone projections with it: projecting Jᵀu onto the dual
/// cone {x : J x ≥ 0} is Jᵀw with w = argmin_{v ≥ u} vᵀ G v, that is v = u + x with A = G and
/// q = G u. The method ends in finitely many steps in exact arithmetic; `maximumIterations`
/// guards against cycling in floating point.
package struct NonnegativeQuadraticProgram: Hashable, Sendable {
  /// A variable enters the free set when its gradient is below −`tolerance`·(the largest |A_ii|).
  package var tolerance: Double = 1e-12
  /// The most outer iterations (each frees one variable).
  package var maximumIterations: Int = 100

  /// A solver with the default tolerances.
  package init() {}

  /// The minimizer x ≥ 0 (the last iterate if A is not numerically positive definite on the
  /// free set).
  package func solve(_ a: [Double], _ q: [Double], size n: Int) -> [Double] {
    let scale = (0..<n).map { Swift.abs(a[$0 * n + $0]) }.max() ?? 0
    let threshold = tolerance * Swift.max(scale, Double.leastNormalMagnitude)
    var x = [Double](repeating: 0, count: n)
    var free = [Bool](repeating: false, count: n)
    for _ in 0..<(maximumIterations * Swift.max(n, 1)) {
      var entering = -1
      var steepest = -threshold
      for k in 0..<n where !free[k] {
        var gradient = q[k]
        for j in 0..<n { gradient += a[k * n + j] * x[j] }
        if gradient < steepest { (steepest, entering) = (gradient, k) }
      }
      guard entering >= 0 else { break }
      free[entering] = true
      var inner = 0
      while inner < maximumIterations {
        inner += 1
        guard let z = freeMinimizer(a, q, free, size: n) else { return x }
        let blocked = (0..<n).filter { free[$0] && z[$0] <= 0 }
        if blocked.isEmpty {
          x = z
          break
        }
        var alpha = 1.0
        for k in blocked { alpha = Swift.min(alpha, x[k] / (x[k] - z[k])) }
        for k in 0..<n { x[k] += alpha * (z[k] - x[k]) }
        for k in 0..<n where free[k] && x[k] <= 0 {
          free[k] = false
          x[k] = 0
        }
        // The entering variable cannot move: x is optimal to rounding.
        if blocked == [entering], x[entering] == 0 { return x }
      }
    }
    return x
  }

  /// The minimizer over the free variables with the others at 0; nil if A is singular there.
  private func freeMinimizer(_ a: [Double], _ q: [Double], _ free: [Bool], size n: Int)
    -> [Double]?
  {
    let indices = (0..<n).filter { free[$0] }
    let k = indices.count
    var sub = [Double](repeating: 0, count: k * k)
    for (r, i) in indices.enumerated() {
      for (c, j) in indices.enumerated() { sub[r * k + c] = a[i * n + j] }
    }
    guard let solution = SmallDenseAlgebra.choleskySolve(sub, indices.map { -q[$0] }, size: k)
    else { return nil }
    var z = [Double](repeating: 0, count: n)
    for (r, i) in indices.enumerated() { z[i] = solution[r] }
    return z
  }
}
