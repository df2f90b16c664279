import LossrunEngine

/// The m×m Gramian G_ij = g_i·g_j of the per-term gradients, row-major, in `Double`.
///
/// The training loop takes it from ``GradientStatistics`` (requested with `includesGramian`),
/// which computes it in the same sweep as the other statistics; tests and M-ConFIG compute it
/// from gradient rows.
package struct Gramian: Hashable, Sendable {
  /// The number of terms m.
  package let size: Int
  /// The entries, row-major (m·m).
  package var entries: [Double]

  /// A Gramian of `size` terms from row-major entries.
  ///
  /// - Precondition: `entries` has `size`·`size` values.
  package init(size: Int, entries: [Double]) {
    precondition(entries.count == size * size, "a Gramian needs size² entries")
    self.size = size
    self.entries = entries
  }

  /// The Gramian of every group of `statistics`, as its last refresh computed it.
  ///
  /// - Precondition: the statistics request includes the Gramian.
  package init<S: EngineScalar>(statistics: GradientStatistics<S>) {
    let m = statistics.groupCount
    var entries = [Double](repeating: 0, count: m * m)
    for a in 0..<m {
      for b in 0..<m { entries[a * m + b] = statistics.gramian(a, b) }
    }
    self.init(size: m, entries: entries)
  }

  /// The Gramian of `gradients`' rows, each inner product accumulated in `Double`.
  package init<S: EngineScalar>(gradients: TermGradients<S>) {
    let m = gradients.termCount
    var entries = [Double](repeating: 0, count: m * m)
    for a in 0..<m {
      for b in a..<m {
        let dot = Self.dot(gradients.row(a), gradients.row(b))
        entries[a * m + b] = dot
        entries[b * m + a] = dot
      }
    }
    self.init(size: m, entries: entries)
  }

  /// G_ij.
  package subscript(i: Int, j: Int) -> Double {
    get { entries[i * size + j] }
    set { entries[i * size + j] = newValue }
  }

  /// The Gramian of the scaled gradients w_i g_i: G_ij w_i w_j. A scaling rule composed with an
  /// aggregator passes this, then multiplies the aggregator's coefficients by w_i, so the
  /// scaled gradients never need to be formed.
  package func scaled(by weights: [Double]) -> Gramian {
    precondition(weights.count == size, "one weight per term")
    var result = self
    for i in 0..<size {
      for j in 0..<size { result[i, j] *= weights[i] * weights[j] }
    }
    return result
  }

  /// The trace Σ G_ii.
  package var trace: Double { (0..<size).reduce(0) { $0 + self[$1, $1] } }

  /// (G·v)_i for every i.
  package func times(_ v: [Double]) -> [Double] {
    (0..<size).map { i in (0..<size).reduce(0) { $0 + self[i, $1] * v[$1] } }
  }

  /// vᵀ G v: the squared norm of Σ v_i g_i.
  package func quadraticForm(_ v: [Double]) -> Double {
    zip(v, times(v)).reduce(0) { $0 + $1.0 * $1.1 }
  }

  /// `a·b` accumulated in `Double` in index order.
  static func dot<S: EngineScalar>(_ a: UnsafeBufferPointer<S>, _ b: UnsafeBufferPointer<S>)
    -> Double
  {
    var sum = 0.0
    for i in 0..<a.count { sum += Double(a[i]) * Double(b[i]) }
    return sum
  }
}
