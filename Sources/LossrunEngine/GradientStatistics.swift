/// Per-term gradient statistics for every ``ParameterGroup`` and the Gramian of the per-term
/// gradients, computed in one sweep after ``Plan/computePerTermGradients()``.
///
/// The storage is allocated once with the plan; ``Plan/computeStatistics()`` refills it.
public final class GradientStatistics<S: EngineScalar> {
  let layout: ParameterLayout
  let termCount: Int
  /// `[term][group]` with groups all, weights, then (layer, layerWeights) per layer.
  private var sumAbs: [Double]
  private var maxAbs: [Double]
  private var sumSquares: [Double]
  private var counts: [Int]
  private var gram: [Double]

  init(layout: ParameterLayout, termCount: Int) {
    self.layout = layout
    self.termCount = termCount
    let groups = 2 + 2 * layout.layers.count
    sumAbs = [Double](repeating: 0, count: termCount * groups)
    maxAbs = sumAbs
    sumSquares = sumAbs
    counts = [Int](repeating: 0, count: groups)
    gram = [Double](repeating: 0, count: termCount * termCount)
    counts[0] = layout.count
    counts[1] = layout.layers.reduce(0) { $0 + $1.weights.count }
    for (l, layer) in layout.layers.enumerated() {
      counts[2 + 2 * l] = layer.all.count
      counts[3 + 2 * l] = layer.weights.count
    }
  }

  private var groupCount: Int { 2 + 2 * layout.layers.count }

  private func groupIndex(_ group: ParameterGroup) -> Int {
    switch group {
    case .all: return 0
    case .weights: return 1
    case .layer(let l): return 2 + 2 * l
    case .layerWeights(let l): return 3 + 2 * l
    }
  }

  /// Recomputes everything from per-term gradients stored `[term][parameter]`.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  func update(from gradients: UnsafePointer<S>) {
    let p = layout.count
    let groups = groupCount
    for t in 0..<termCount {
      let g = gradients + t * p
      var allAbs = 0.0
      var allMax = 0.0
      var allSquares = 0.0
      var weightAbs = 0.0
      var weightMax = 0.0
      var weightSquares = 0.0
      func sweep(_ range: Range<Int>) -> (Double, Double, Double) {
        let s = VectorReductions.absoluteStatistics(g + range.lowerBound, count: range.count)
        return (s.sumAbsolute, s.maximumAbsolute, s.sumSquares)
      }
      for (l, layer) in layout.layers.enumerated() {
        let (wa, wm, ws) = sweep(layer.weights)
        let (ba, bm, bs) = sweep(layer.biases)
        let base = t * groups
        sumAbs[base + 3 + 2 * l] = wa
        maxAbs[base + 3 + 2 * l] = wm
        sumSquares[base + 3 + 2 * l] = ws
        sumAbs[base + 2 + 2 * l] = wa + ba
        maxAbs[base + 2 + 2 * l] = Swift.max(wm, bm)
        sumSquares[base + 2 + 2 * l] = ws + bs
        weightAbs += wa
        weightMax = Swift.max(weightMax, wm)
        weightSquares += ws
        allAbs += wa + ba
        allMax = Swift.max(allMax, Swift.max(wm, bm))
        allSquares += ws + bs
      }
      let (sa, sm, ss) = sweep(layout.scalars)
      sumAbs[t * groups] = allAbs + sa
      maxAbs[t * groups] = Swift.max(allMax, sm)
      sumSquares[t * groups] = allSquares + ss
      sumAbs[t * groups + 1] = weightAbs
      maxAbs[t * groups + 1] = weightMax
      sumSquares[t * groups + 1] = weightSquares
    }
    for a in 0..<termCount {
      for b in a..<termCount {
        let ga = gradients + a * p
        let gb = gradients + b * p
        let dot = VectorReductions.dot(ga, gb, count: p)
        gram[a * termCount + b] = dot
        gram[b * termCount + a] = dot
      }
    }
  }

  /// mean|g|, max|g| and ‖g‖₂ of `term`'s gradient over `group`.
  public func summary(_ term: TermID, over group: ParameterGroup = .all) -> GradientSummary {
    let g = groupIndex(group)
    let i = term.index * groupCount + g
    let n = counts[g]
    return GradientSummary(
      meanAbsolute: n > 0 ? sumAbs[i] / Double(n) : 0, maximumAbsolute: maxAbs[i],
      norm: sumSquares[i].squareRoot(), count: n)
  }

  /// The mean over layers of each layer's mean |g| (weights only if `weightsOnly`), as the
  /// reference learning-rate-annealing code uses.
  public func meanOfLayerMeans(_ term: TermID, weightsOnly: Bool) -> Double {
    var total = 0.0
    for l in layout.layers.indices {
      total += summary(term, over: weightsOnly ? .layerWeights(l) : .layer(l)).meanAbsolute
    }
    return total / Double(layout.layers.count)
  }

  /// `g_a · g_b` over all parameters.
  public func gramian(_ a: TermID, _ b: TermID) -> Double { gram[a.index * termCount + b.index] }

  /// The cosine between the gradients of `a` and `b` (0 if either is zero).
  public func cosine(_ a: TermID, _ b: TermID) -> Double {
    let d = (gramian(a, a) * gramian(b, b)).squareRoot()
    return d > 0 ? gramian(a, b) / d : 0
  }
}
