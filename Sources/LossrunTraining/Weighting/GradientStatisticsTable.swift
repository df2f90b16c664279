/// Gradient statistics in plain arrays: per group, per layer, for weights and for biases.
public struct GradientStatisticsTable: GradientStatistics, Hashable, Sendable, Codable {
  /// The number of groups.
  public let groupCount: Int
  /// The number of layers.
  public let layerCount: Int
  /// Weight summaries, indexed `group * layerCount + layer`.
  public var weightSummaries: [GradientSummary]
  /// Bias summaries, same indexing.
  public var biasSummaries: [GradientSummary]

  /// Creates an empty table.
  public init(groupCount: Int, layerCount: Int) {
    self.groupCount = groupCount
    self.layerCount = layerCount
    weightSummaries = Array(repeating: GradientSummary(), count: groupCount * layerCount)
    biasSummaries = weightSummaries
  }

  /// The table of flat per-group gradients laid out by `layout`.
  public init<Scalar: BinaryFloatingPoint>(gradients: [[Scalar]], layout: ParameterLayout) {
    self.init(groupCount: gradients.count, layerCount: layout.layers.count)
    for (group, gradient) in gradients.enumerated() {
      for (layer, ranges) in layout.layers.enumerated() {
        weightSummaries[group * layerCount + layer] = GradientSummary(of: gradient[ranges.weights])
        biasSummaries[group * layerCount + layer] = GradientSummary(of: gradient[ranges.biases])
      }
    }
  }

  public func summary(group: Int, layer: Int, scope: ParameterScope) -> GradientSummary {
    let weights = weightSummaries[group * layerCount + layer]
    return scope == .weights
      ? weights : weights.merged(with: biasSummaries[group * layerCount + layer])
  }
}
