import LossrunEngine

/// The gradient statistics a weighting rule reads, taken from the plan's per-term gradients of
/// the current step: per statistic group (one term, or the summed gradient of terms sharing a
/// weight), per layer, for weights and biases separately.
///
/// Learnable spec parameters (engine scalars) are counted with the last layer's biases, so
/// `params: all` covers them and `params: weights` does not. All storage is allocated once.
final class GroupGradientStatistics<S: EngineScalar> {
  let groups: [[Int]]
  let layout: LossrunEngine.ParameterLayout
  private(set) var table: GradientStatisticsTable
  private let scratch: UnsafeMutableBufferPointer<S>

  init(groups: [[Int]], layout: LossrunEngine.ParameterLayout) {
    self.groups = groups
    self.layout = layout
    table = GradientStatisticsTable(groupCount: groups.count, layerCount: layout.layers.count)
    scratch = .allocate(capacity: max(layout.count, 1))
    scratch.initialize(repeating: 0)
  }

  deinit { scratch.deallocate() }

  /// Recomputes every group's statistics from the last per-term pass of `plan`.
  func refresh(from plan: Plan<S>) {
    let layerCount = layout.layers.count
    for (groupIndex, group) in groups.enumerated() {
      let gradient: UnsafeBufferPointer<S>
      if group.count == 1 {
        gradient = plan.gradient(of: TermID(index: group[0]))
      } else {
        scratch.update(repeating: 0)
        for term in group {
          let g = plan.gradient(of: TermID(index: term))
          for i in 0..<layout.count { scratch[i] += g[i] }
        }
        gradient = UnsafeBufferPointer(scratch)
      }
      for (layerIndex, layer) in layout.layers.enumerated() {
        let slot = groupIndex * layerCount + layerIndex
        table.weightSummaries[slot] = GradientSummary(
          of: UnsafeBufferPointer(rebasing: gradient[layer.weights]))
        var biases = GradientSummary(of: UnsafeBufferPointer(rebasing: gradient[layer.biases]))
        if layerIndex == layerCount - 1, !layout.scalars.isEmpty {
          biases = biases.merged(
            with: GradientSummary(of: UnsafeBufferPointer(rebasing: gradient[layout.scalars])))
        }
        table.biasSummaries[slot] = biases
      }
    }
  }
}
