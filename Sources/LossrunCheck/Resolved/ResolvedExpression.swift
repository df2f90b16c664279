/// A checked numeric expression: every name resolved, definitions inlined, derivatives turned
/// into network channels.
///
/// This is what lowering compiles. Leaves are inputs, numbers (constants are already folded into
/// numbers), learnable or fixed parameters, and network channels; inner nodes are elementary
/// functions and arithmetic. Trees share subtrees where a definition is used more than once, and
/// the checker bounds their size (`CheckLimits.maximumExpressionNodes`), so walking one is cheap.
package indirect enum ResolvedExpression: Hashable, Sendable {
  /// A number: a literal, `pi`, `e`, or a folded constant.
  case number(Double)
  /// Input `i` (index into `CheckedSpec.inputs`).
  case input(Int)
  /// Parameter `j` (index into `CheckedSpec.parameters`).
  case parameter(Int)
  /// A network output or one of its partial derivatives with respect to the inputs.
  case network(OutputDerivative)
  /// The Laplacian of network output `output` over the space inputs (never time).
  case laplacian(output: Int)
  /// The derivative of network output `output` along the sampler's outward unit normal (only in
  /// terms on boundary samplers).
  case normalDerivative(output: Int)
  /// Data column `column` (index into `CheckedSampler.dataColumns`) of the term's file sampler
  /// at each point: `data.NAME`.
  case data(column: Int)
  /// A network leaf (a channel, a Laplacian or a normal derivative) read at the image of the
  /// point under an affine map of the inputs: `u(x: -1)`, `u_x(x: 1)`. The normal of a normal
  /// derivative stays the point's own. Never nested, never the identity.
  case evaluated(ResolvedExpression, at: PointMap)
  /// `-a`.
  case negate(ResolvedExpression)
  /// A one-argument function.
  case function(ElementaryFunction, ResolvedExpression)
  /// A two-argument operation.
  case binary(ArithmeticOperator, ResolvedExpression, ResolvedExpression)

  /// The direct children of this node.
  package var children: [ResolvedExpression] {
    switch self {
    case .number, .input, .parameter, .network, .laplacian, .normalDerivative, .data: []
    case .negate(let operand), .function(_, let operand), .evaluated(let operand, _): [operand]
    case .binary(_, let left, let right): [left, right]
    }
  }

  /// Calls `visit` on every node, parents before children.
  package func forEachNode(_ visit: (ResolvedExpression) -> Void) {
    visit(self)
    for child in children { child.forEachNode(visit) }
  }

  /// Whether the expression depends on the network (any channel, Laplacian or normal derivative).
  package var dependsOnNetwork: Bool {
    switch self {
    case .network, .laplacian, .normalDerivative: true
    case .number, .input, .parameter, .data: false
    case .negate(let operand), .function(_, let operand), .evaluated(let operand, _):
      operand.dependsOnNetwork
    case .binary(_, let left, let right): left.dependsOnNetwork || right.dependsOnNetwork
    }
  }

  /// The parameter indices the expression uses, in ascending order.
  package var parameterIndices: [Int] {
    var found = Set<Int>()
    forEachNode { if case .parameter(let index) = $0 { found.insert(index) } }
    return found.sorted()
  }

  /// Every network channel the expression reads directly (Laplacians and normal derivatives are
  /// listed by `laplacianOutputs` and `normalDerivativeOutputs`).
  package var networkChannels: Set<OutputDerivative> {
    var found = Set<OutputDerivative>()
    forEachNode { if case .network(let channel) = $0 { found.insert(channel) } }
    return found
  }

  /// The outputs whose Laplacian the expression reads.
  package var laplacianOutputs: Set<Int> {
    var found = Set<Int>()
    forEachNode { if case .laplacian(let output) = $0 { found.insert(output) } }
    return found
  }

  /// The outputs whose normal derivative the expression reads.
  package var normalDerivativeOutputs: Set<Int> {
    var found = Set<Int>()
    forEachNode { if case .normalDerivative(let output) = $0 { found.insert(output) } }
    return found
  }

  /// The maps at whose images the expression reads the network, each once, in the order first
  /// read (depth first, left to right).
  package var pointMaps: [PointMap] {
    var found: [PointMap] = []
    forEachNode { node in
      if case .evaluated(_, let map) = node, !found.contains(map) { found.append(map) }
    }
    return found
  }

  /// The highest total derivative order read (a Laplacian counts 2, a normal derivative 1).
  package var highestDerivativeOrder: Int {
    var order = 0
    forEachNode { node in
      switch node {
      case .network(let channel): order = max(order, channel.derivative.totalOrder)
      case .laplacian: order = max(order, 2)
      case .normalDerivative: order = max(order, 1)
      default: break
      }
    }
    return order
  }
}
