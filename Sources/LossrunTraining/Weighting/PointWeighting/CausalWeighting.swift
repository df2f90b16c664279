import Foundation

/// Causal weighting (Wang, Sankaran, Perdikaris, "Respecting causality for training
/// physics-informed neural networks", CMAME 2024; jaxpi's `causal` loss).
///
/// A weighted term's N points are split, in time order, into K chunks: chunk k holds the points
/// at sorted positions ⌊kN/K⌋ ..< ⌊(k+1)N/K⌋ (N/K points each when K divides N; the checker
/// requires K ≤ N).
/// With l_k the mean squared residual of chunk k, the chunk weights are w_0 = 1 and
/// w_k = exp(−ε Σ_{j<k} l_j), with no gradient through them, and the term's loss is
/// mean_k(w_k·l_k). The engine's point-weighted loss mean_j(p_j·r_j²) equals it exactly with
/// p_j = w_k·N/(K·n_k) for the n_k points j of chunk k.
///
/// The schedule (jaxpi), when `epsilonMaximum` is given: after an update whose chunk weights all
/// exceed `tolerance`, ε ← min(ε·growth, epsilonMaximum).
///
/// The weights of a step come from the chunk losses of the step before (the residuals the
/// previous pass recorded), so no second pass is needed; the first step's come from one
/// forward-only sweep at its parameters.
struct CausalWeighting: Sendable {
  /// The chunk count K.
  var chunks: Int
  /// The start value of ε.
  var epsilon: Double
  /// The schedule's cap; nil: ε stays fixed.
  var epsilonMaximum: Double?
  /// The schedule's factor.
  var growth: Double
  /// The schedule's threshold on min_k w_k.
  var tolerance: Double

  /// The first sorted position of chunk `k` of `count` points.
  func chunkStart(_ k: Int, count: Int) -> Int { k * count / chunks }

  /// w_k = exp(−ε Σ_{j<k} l_j) for the chunk losses `losses`.
  static func chunkWeights(losses: [Double], epsilon: Double) -> [Double] {
    var weights: [Double] = []
    weights.reserveCapacity(losses.count)
    var cumulative = 0.0
    for loss in losses {
      weights.append(exp(-epsilon * cumulative))
      cumulative += loss
    }
    return weights
  }

  /// The chunk losses l_k: the mean over each chunk's points of `pointLosses` (each point's
  /// Σ_c r_c², or Σ_c |r_c|), the points taken in `order` (point indices sorted by time).
  func chunkLosses(pointLosses: [Double], order: [Int]) -> [Double] {
    let n = order.count
    return (0..<chunks).map { k in
      let range = chunkStart(k, count: n)..<chunkStart(k + 1, count: n)
      var sum = 0.0
      for position in range { sum += pointLosses[order[position]] }
      return range.isEmpty ? 0 : sum / Double(range.count)
    }
  }

  /// ε after an update whose chunk weights are `weights`: grown by the schedule when every
  /// weight exceeds the tolerance.
  func scheduledEpsilon(_ epsilon: Double, weights: [Double]) -> Double {
    guard let epsilonMaximum, let smallest = weights.min(), smallest > tolerance else {
      return epsilon
    }
    return min(epsilon * growth, epsilonMaximum)
  }

  /// The per-point weights p_j = w_k·N/(K·n_k) for the chunk weights `weights` and the time
  /// `order` of the points, into `output` (one per point).
  func pointWeights(chunkWeights weights: [Double], order: [Int], into output: inout [Double]) {
    let n = order.count
    for k in 0..<chunks {
      let range = chunkStart(k, count: n)..<chunkStart(k + 1, count: n)
      guard !range.isEmpty else { continue }
      let factor = weights[k] * Double(n) / (Double(chunks) * Double(range.count))
      for position in range { output[order[position]] = factor }
    }
  }

  /// The indices of `times` sorted by time (ties in index order).
  static func timeOrder(_ times: [Double]) -> [Int] {
    times.indices.sorted { times[$0] < times[$1] || (times[$0] == times[$1] && $0 < $1) }
  }
}
