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
