/// One quantity of the network a point set can ask for: an output's value, a mixed partial
/// derivative with respect to the inputs, a Laplacian, or a directional derivative.
public enum NetworkChannel: Hashable, Sendable {
  /// The value of output `output`.
  case value(output: Int)
  /// The mixed partial of output `output` whose multi-index is `orders`
  /// (`orders[i]` = how often to differentiate by input `i`; total order 1...4).
  case partial(output: Int, orders: [Int])
  /// The Laplacian of output `output` over the listed inputs (e.g. space only, not time).
  case laplacian(output: Int, inputs: [Int])
  /// The derivative of output `output` along the point set's per-point vector field `field`
  /// (for example outward unit normals).
  case directional(output: Int, field: Int)

  /// The partial derivative by the listed inputs, e.g. `[0, 0, 1]` for `∂³u/∂x²∂y`.
  public static func derivative(output: Int, by inputs: [Int]) -> NetworkChannel {
    let count = (inputs.max() ?? -1) + 1
    var orders = [Int](repeating: 0, count: max(count, 0))
    for i in inputs where i >= 0 { orders[i] += 1 }
    return .partial(output: output, orders: orders)
  }

  /// The output index this channel reads.
  public var output: Int {
    switch self {
    case .value(let o), .partial(let o, _), .laplacian(let o, _), .directional(let o, _): return o
    }
  }
}

/// The per-point-set identity of a derivative channel, independent of the output (the output
/// layer computes every output of a channel at once).
enum ChannelKey: Hashable, Comparable {
  case value
  /// A mixed partial as the sorted list of input indices (`[0, 0, 1]` = ∂³/∂x²∂y).
  case partial([Int])
  /// A Laplacian over the sorted, distinct input indices.
  case laplacian([Int])
  /// A directional derivative along vector field `field`.
  case directional(Int)

  /// The derivative order this channel carries (a Laplacian counts as 2).
  var order: Int {
    switch self {
    case .value: return 0
    case .partial(let indices): return indices.count
    case .laplacian: return 2
    case .directional: return 1
    }
  }

  /// Whether the first layer's pre-activation has this channel identically zero
  /// (the inputs are affine in x: second and higher derivatives vanish).
  var vanishesBeforeFirstActivation: Bool {
    switch self {
    case .value, .directional: return false
    case .partial(let indices): return indices.count >= 2
    case .laplacian: return true
    }
  }

  private var rank: (Int, Int, [Int]) {
    switch self {
    case .value: return (0, 0, [])
    case .partial(let i): return (i.count, 0, i)
    case .laplacian(let i): return (2, 1, i)
    case .directional(let f): return (1, 2, [f])
    }
  }

  static func < (lhs: ChannelKey, rhs: ChannelKey) -> Bool {
    let (a, b) = (lhs.rank, rhs.rank)
    if a.0 != b.0 { return a.0 < b.0 }
    if a.1 != b.1 { return a.1 < b.1 }
    return a.2.lexicographicallyPrecedes(b.2)
  }
}
