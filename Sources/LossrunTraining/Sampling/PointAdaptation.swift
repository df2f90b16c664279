import Foundation
import LossrunEngine

/// The choices of residual-based adaptive sampling, made from one residual magnitude per
/// candidate point (the sum of |r| over the terms on the sampler and their components).
///
/// Pure functions of the magnitudes (and, for RAD, a random stream), so they are tested
/// without a network. A magnitude that is not finite counts as 0: a run whose residual is not
/// finite stops at its loss anyway.
package enum PointAdaptation {
  /// RAR (Lu et al. 2021): the indices of the `count` largest magnitudes, largest first (among
  /// equal magnitudes the lower index first).
  package static func largest(_ magnitudes: [Double], count: Int) -> [Int] {
    let order = magnitudes.indices.sorted {
      let a = finite(magnitudes[$0])
      let b = finite(magnitudes[$1])
      return a != b ? a > b : $0 < $1
    }
    return Array(order.prefix(max(count, 0)))
  }

  /// RAD (Wu et al. 2023): `count` distinct indices drawn without replacement with probability
  /// ∝ p_j = |r_j|^k / mean_i |r_i|^k + c, in increasing index order.
  ///
  /// Weighted sampling without replacement by Efraimidis and Spirakis (2006): each candidate
  /// gets the key log(u_j) / p_j for a uniform u_j in (0, 1), and the `count` largest keys win.
  /// When every p_j is 0 (all residuals 0 and c = 0) the draw is uniform.
  package static func redistribution(
    _ magnitudes: [Double], count: Int, k: Double, c: Double, generator: inout RandomGenerator
  ) -> [Int] {
    let powers = magnitudes.map { Foundation.pow(finite($0), k) }
    let mean = powers.reduce(0, +) / Double(max(powers.count, 1))
    var density = powers.map { (mean > 0 && mean.isFinite ? $0 / mean : 0) + c }
    if density.allSatisfy({ !($0 > 0) }) { density = density.map { _ in 1 } }
    let keys = density.map { weight -> Double in
      let u = 1 - generator.nextUnitDouble()  // in (0, 1]
      return weight > 0 ? Foundation.log(u) / weight : -.infinity
    }
    let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
    return order.prefix(max(count, 0)).sorted()
  }

  /// R3 (Daw et al. 2023): the indices whose magnitude exceeds the mean magnitude (the points
  /// retained), in increasing order; the others are released.
  package static func retained(_ magnitudes: [Double]) -> [Int] {
    let values = magnitudes.map(finite)
    let mean = values.reduce(0, +) / Double(max(values.count, 1))
    return values.indices.filter { values[$0] > mean }
  }

  private static func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }
}
