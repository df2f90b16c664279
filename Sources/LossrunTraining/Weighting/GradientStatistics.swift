/// Which parameters a gradient statistic runs over.
public enum ParameterScope: String, Hashable, Sendable, Codable {
  /// Every parameter.
  case all
  /// The weight matrices only (no biases), as in Wang et al.'s reference code.
  case weights
}

/// The per-layer gradient statistics a weighting rule reads, one entry per gradient group.
///
/// A group is a set of terms whose gradients are summed before the statistics are taken (one
/// term, or several terms sharing one weight); a rule lists its groups in
/// ``WeightingRule/statisticGroups`` and reads them back here by position. The engine's gradient
/// statistics are adapted to this protocol when wiring; ``GradientStatisticsTable`` is a plain
/// array implementation. Statistics are of the unweighted losses' gradients.
public protocol GradientStatistics {
  /// The number of groups.
  var groupCount: Int { get }
  /// The number of layers.
  var layerCount: Int { get }
  /// The summary of group `group`'s gradient over layer `layer`'s parameters in `scope`.
  func summary(group: Int, layer: Int, scope: ParameterScope) -> GradientSummary
}

extension GradientStatistics {
  /// The summary over every layer.
  public func summary(group: Int, scope: ParameterScope) -> GradientSummary {
    (0..<layerCount).reduce(GradientSummary()) {
      $0.merged(with: summary(group: group, layer: $1, scope: scope))
    }
  }

  /// The mean over layers (those with parameters in `scope`) of each layer's mean |g|.
  public func meanOfLayerMeans(group: Int, scope: ParameterScope) -> Double {
    var total = 0.0
    var layers = 0
    for layer in 0..<layerCount {
      let part = summary(group: group, layer: layer, scope: scope)
      guard part.count > 0 else { continue }
      total += part.meanAbs
      layers += 1
    }
    return layers > 0 ? total / Double(layers) : 0
  }
}
