/// MGDA, the multiple-gradient descent algorithm: Désidéri, "Multiple-gradient descent algorithm
/// (MGDA) for multiobjective optimization", C. R. Math. 2012; Sener and Koltun, "Multi-Task
/// Learning as Multi-Objective Optimization", NeurIPS 2018 (arXiv 1810.04650).
///
/// d is the min-norm point of the convex hull of the g_i: d = Σ w_i g_i with
/// w = argmin_{w ∈ simplex} wᵀG w. Its optimality conditions give d·g_i ≥ ‖d‖² ≥ 0 for every i, so
/// no term's loss increases to first order; d = 0 when 0 lies in the hull (a Pareto-stationary
/// point). Sener and Koltun solve the QP by Frank–Wolfe; lossrun solves it to optimality with
/// ``SimplexQuadraticProgram`` (pairwise exchange, polished by an exact active-set solve on the
/// support), which finds the same point.
///
/// Settings: `solver.tolerance` (1e-12, relative optimality gap), `solver.maximumIterations`
/// (10 000), `solver.polishInterval` (50). Cost per step: at most a few thousand O(m) exchanges
/// and a few O(m³) solves on the Gramian, then O(mP) for the sum.
package struct MGDAAggregator: GramianWeighting {
  /// The solver and its tolerances.
  package var solver = SimplexQuadraticProgram()

  /// MGDA with the default solver settings.
  package init() {}

  /// The min-norm weights on the simplex.
  package func coefficients(gramian: Gramian, state: inout StatelessAggregation) -> [Double] {
    solver.solve(gramian)
  }
}
