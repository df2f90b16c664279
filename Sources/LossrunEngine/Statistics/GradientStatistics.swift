/// Statistics of per-term parameter gradients, per group of terms, per layer, over all
/// parameters or the weights only, and (when requested) the Gramian of the groups' gradients.
///
/// This is the one place gradient statistics are computed: weighting rules read a group's
/// ``summary(group:scope:)``, ``meanOfLayerMeans(group:scope:)`` or ``gramian(_:_:)``, and the
/// metrics log each term's summary over all parameters. A reader describes what it needs once in a
/// ``GradientStatisticsRequest``; after each per-term pass of the plan the owner calls
/// ``refresh(from:)``, which fills every group's summaries in one sweep and allocates nothing
/// (all storage is allocated here, once).
///
/// A group's gradient is the sum of its terms' gradients, added in the group's order in the
/// engine's precision. Each summary is of the unweighted losses' gradients. Per group the
/// statistics keep, per layer, the weights and the biases apart, and the learnable scalars; with
/// ``ParameterScope/all`` the scalars are counted with the last layer's biases, so `params: all`
/// covers them and `params: weights` does not.
public final class GradientStatistics<S: EngineScalar> {
  /// The parameter layout the gradients follow.
  public let layout: ParameterLayout
  /// What is computed.
  public let request: GradientStatisticsRequest

  /// Per group: weights then biases of each layer, then the scalars (``partStride`` entries).
  var parts: [GradientSummary]
  /// The Gramian of the groups' gradients, row-major (empty unless requested).
  var gram: [Double]
  /// Summed gradients of multi-term groups: one slot, or one per group with the Gramian.
  let groupGradients: UnsafeMutablePointer<S>
  /// The largest term index any group names (−1 for no groups).
  let largestTerm: Int

  /// Statistics of `request`'s groups for gradients laid out by `layout`.
  ///
  /// - Precondition: every group is nonempty and names nonnegative term indices.
  public init(layout: ParameterLayout, request: GradientStatisticsRequest) {
    alwaysPrecondition(
      request.groups.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0 } },
      "gradient statistics groups must be nonempty sets of term indices")
    self.layout = layout
    self.request = request
    let stride = 2 * layout.layers.count + 1
    parts = Array(repeating: GradientSummary(), count: request.groups.count * stride)
    gram = Array(
      repeating: 0,
      count: request.includesGramian ? request.groups.count * request.groups.count : 0)
    let slots = request.includesGramian ? max(request.groups.count, 1) : 1
    let capacity = max(slots * layout.count, 1)
    groupGradients = .allocate(capacity: capacity)
    groupGradients.initialize(repeating: 0, count: capacity)
    largestTerm = request.groups.joined().max() ?? -1
  }

  deinit { groupGradients.deallocate() }

  /// The number of groups.
  public var groupCount: Int { request.groups.count }
  /// The number of dense layers.
  public var layerCount: Int { layout.layers.count }
  /// Summaries stored per group.
  var partStride: Int { 2 * layout.layers.count + 1 }

  /// Recomputes every statistic from the per-term gradients of `plan`'s last
  /// ``Plan/computePerTermGradients()``.
  ///
  /// - Precondition: the plan has this layout and every term a group names.
  public func refresh(from plan: Plan<S>) {
    alwaysPrecondition(plan.layout == layout, "gradient statistics of a plan with another layout")
    refresh(termGradients: UnsafePointer(plan.termGradients), termCount: plan.termCount)
  }

  /// Recomputes every statistic from `termCount` per-term gradients stored `[term][parameter]`.
  ///
  /// - Precondition: every term a group names is below `termCount`.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func refresh(termGradients: UnsafePointer<S>, termCount: Int) {
    alwaysPrecondition(largestTerm < termCount, "a gradient statistics group names a missing term")
    let p = layout.count
    for (index, group) in request.groups.enumerated() {
      let gradient = groupGradient(index, group, termGradients)
      let base = index * partStride
      for (l, layer) in layout.layers.enumerated() {
        parts[base + 2 * l] = summarize(gradient, layer.weights)
        parts[base + 2 * l + 1] = summarize(gradient, layer.biases)
      }
      parts[base + partStride - 1] = summarize(gradient, layout.scalars)
    }
    guard request.includesGramian else { return }
    let m = request.groups.count
    for a in 0..<m {
      let ga = groupGradientPointer(a, termGradients)
      for b in a..<m {
        let dot = VectorReductions.dot(ga, groupGradientPointer(b, termGradients), count: p)
        gram[a * m + b] = dot
        gram[b * m + a] = dot
      }
    }
  }

  /// Group `index`'s gradient: a term's own, or its terms' sum in ``groupGradients``.
  @inline(__always)
  private func groupGradient(_ index: Int, _ group: [Int], _ termGradients: UnsafePointer<S>)
    -> UnsafePointer<S>
  {
    let p = layout.count
    if group.count == 1 { return termGradients + group[0] * p }
    let sum = groupGradients + (request.includesGramian ? index * p : 0)
    sum.update(repeating: 0, count: p)
    for term in group {
      let g = termGradients + term * p
      for i in 0..<p { sum[i] += g[i] }
    }
    return UnsafePointer(sum)
  }

  /// Where group `index`'s gradient is after a refresh with the Gramian.
  @inline(__always)
  private func groupGradientPointer(_ index: Int, _ termGradients: UnsafePointer<S>)
    -> UnsafePointer<S>
  {
    let group = request.groups[index]
    let p = layout.count
    return group.count == 1
      ? termGradients + group[0] * p : UnsafePointer(groupGradients + index * p)
  }

  /// The summary of `gradient[range]` with the requested summation.
  @inline(__always)
  private func summarize(_ gradient: UnsafePointer<S>, _ range: Range<Int>) -> GradientSummary {
    switch request.summation {
    case .sequential:
      var summary = GradientSummary(count: range.count)
      for i in range {
        let magnitude = Swift.abs(Double(gradient[i]))
        summary.sumOfAbsolutes += magnitude
        summary.sumOfSquares += magnitude * magnitude
        if !(magnitude <= summary.maximumAbsolute) { summary.maximumAbsolute = magnitude }
      }
      return summary
    case .vectorized:
      let s = VectorReductions.absoluteStatistics(gradient + range.lowerBound, count: range.count)
      return GradientSummary(
        sumOfAbsolutes: s.sumAbsolute, maximumAbsolute: s.maximumAbsolute,
        sumOfSquares: s.sumSquares, count: range.count)
    }
  }
}
