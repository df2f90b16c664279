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
