import LossrunEngine

/// PCGrad, "gradient surgery": Yu, Kumar, Gupta, Levine, Hausman, Finn, "Gradient Surgery for
/// Multi-Task Learning", NeurIPS 2020 (arXiv 2001.06782).
///
/// For each term i, in a random order of the other terms j, if g_i^PC·g_j < 0 the running
/// g_i^PC is projected onto the normal plane of g_j: g_i^PC ← g_i^PC − (g_i^PC·g_j / ‖g_j‖²) g_j
/// (against the original g_j, as in the paper's Algorithm 1). The direction is the sum
/// d = Σ_i g_i^PC. Every g_i^PC stays a combination of the g_k, so the whole surgery runs on the
/// Gramian (as TorchJD's `PCGradWeighting` does) and the direction is one weighted sum.
///
/// Settings: none. The order is a fresh permutation per term and step (Fisher–Yates) from the
/// stream `"aggregator:pcgrad"` of the run's seed, kept in the state. Cost per step: O(m³)
/// on the Gramian, m permutations, then O(mP) for the sum.
package struct PCGradAggregator: GramianWeighting {
  /// The number of terms m.
  package let termCount: Int

  /// PCGrad over `termCount` terms.
  package init(termCount: Int) { self.termCount = termCount }

  /// The generator of the run's PCGrad stream.
  package func makeInitialState(parameterCount: Int, seed: UInt64) -> RandomGenerator {
    RandomGenerator(seed: seed, streamName: "aggregator:pcgrad")
  }

  /// The column sums of ``projectedCombinations(gramian:generator:)``.
  package func coefficients(gramian: Gramian, state: inout RandomGenerator) -> [Double] {
    let m = gramian.size
    let combinations = projectedCombinations(gramian: gramian, generator: &state)
    return (0..<m).map { k in (0..<m).reduce(0) { $0 + combinations[$1 * m + k] } }
  }

  /// The projected gradients as combinations of the originals: row i of the m×m result holds
  /// the coefficients a_ik with g_i^PC = Σ_k a_ik g_k.
  package func projectedCombinations(gramian: Gramian, generator: inout RandomGenerator)
    -> [Double]
  {
    let m = gramian.size
    var a = [Double](repeating: 0, count: m * m)
    var order = Array(0..<m)
    for i in 0..<m {
      a[i * m + i] = 1
      for k in stride(from: m - 1, to: 0, by: -1) {
        order.swapAt(k, generator.nextIndex(below: k + 1))
      }
      for j in order where j != i && gramian[j, j] > 0 {
        var product = 0.0
        for k in 0..<m { product += a[i * m + k] * gramian[k, j] }
        if product < 0 { a[i * m + j] -= product / gramian[j, j] }
      }
    }
    return a
  }
}
