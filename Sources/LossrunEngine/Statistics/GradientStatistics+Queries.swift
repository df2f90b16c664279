extension GradientStatistics {
  /// The summary of group `group`'s gradient over layer `layer`'s parameters in `scope`.
  ///
  /// With ``ParameterScope/all`` this is the layer's weights merged with its biases, and for the
  /// last layer its biases merged with the learnable scalars first.
  public func summary(group: Int, layer: Int, scope: ParameterScope) -> GradientSummary {
    let base = group * partStride
    let weights = parts[base + 2 * layer]
    guard scope == .all else { return weights }
    var biases = parts[base + 2 * layer + 1]
    if layer == layout.layers.count - 1, !layout.scalars.isEmpty {
      biases = biases.merged(with: parts[base + partStride - 1])
    }
    return weights.merged(with: biases)
  }

  /// The summary of group `group`'s gradient over every layer in `scope`: the layers' summaries
  /// merged from the input side.
  public func summary(group: Int, scope: ParameterScope) -> GradientSummary {
    var total = GradientSummary()
    for layer in 0..<layout.layers.count {
      total = total.merged(with: summary(group: group, layer: layer, scope: scope))
    }
    return total
  }

  /// The mean over layers (those with parameters in `scope`) of each layer's mean |g|, as the
  /// reference learning-rate-annealing code uses.
  public func meanOfLayerMeans(group: Int, scope: ParameterScope) -> Double {
    var total = 0.0
    var layers = 0
    for layer in 0..<layout.layers.count {
      let part = summary(group: group, layer: layer, scope: scope)
      guard part.count > 0 else { continue }
      total += part.meanAbsolute
      layers += 1
    }
    return layers > 0 ? total / Double(layers) : 0
  }

  /// `g_a · g_b` over all parameters, for groups `a` and `b`.
  ///
  /// - Precondition: the request includes the Gramian.
  public func gramian(_ a: Int, _ b: Int) -> Double {
    alwaysPrecondition(request.includesGramian, "the Gramian was not requested")
    return gram[a * request.groups.count + b]
  }

  /// The cosine between the gradients of groups `a` and `b` (0 if either is zero).
  ///
  /// - Precondition: the request includes the Gramian.
  public func cosine(_ a: Int, _ b: Int) -> Double {
    let d = (gramian(a, a) * gramian(b, b)).squareRoot()
    return d > 0 ? gramian(a, b) / d : 0
  }
}
