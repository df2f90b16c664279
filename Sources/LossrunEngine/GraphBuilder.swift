/// Declares a loss graph: one network, point sets, learnable scalars and loss terms; then
/// ``compile(_:options:)`` turns it into a ``Plan``.
///
/// Building is cheap and may allocate freely; everything a user could get wrong (an unknown input,
/// a derivative order above 4, mixing point sets in one term) throws an ``EngineError``.
public final class GraphBuilder {
  /// The network every point set evaluates.
  public let network: NetworkDescription

  struct PointSetDeclaration {
    var name: String
    var count: Int
    var vectorFieldCount: Int
    /// The most points the set can hold (``Plan/setPointCount(_:_:)``), at least `count`.
    var capacity: Int
    /// The maps whose images of every point the network is evaluated at as well.
    var images: [PointImage]
  }

  struct ScalarDeclaration {
    var name: String
    var initialValue: Double
  }

  struct TermDeclaration {
    var name: String
    var pointSet: Int
    var components: [Int]
    var reduction: Reduction
  }

  struct ProbeDeclaration {
    var name: String
    var pointSet: Int
    var node: Int
  }

  let graph = ExpressionGraph()
  private(set) var probes: [ProbeDeclaration] = []
  private(set) var pointSets: [PointSetDeclaration] = []
  private(set) var scalars: [ScalarDeclaration] = []
  private(set) var terms: [TermDeclaration] = []

  /// Starts a graph for `network`, which is validated here.
  public init(network: NetworkDescription) throws(EngineError) {
    try network.validate()
    self.network = network
  }

  /// Declares a set of `count` points, each with `network.inputCount` coordinates and
  /// `vectorFieldCount` per-point vectors of the same dimension (e.g. outward normals).
  ///
  /// `capacity` (at least `count`; `count` when nil) reserves room for a set that grows: the
  /// plan allocates its buffers and tiles for `capacity` points once, and
  /// ``Plan/setPointCount(_:_:)`` changes how many of them the passes use.
  ///
  /// `images` are affine maps of the coordinates at whose images of every point the network is
  /// evaluated too (``PointImage``); ``PointSet/channel(_:image:)`` reads channel values there.
  public func addPointSet(
    name: String, count: Int, vectorFieldCount: Int = 0, capacity: Int? = nil,
    images: [PointImage] = []
  ) throws(EngineError) -> PointSet {
    guard count > 0 else { throw .invalidPointSet("'\(name)' needs at least one point") }
    guard vectorFieldCount >= 0 else {
      throw .invalidPointSet("'\(name)' has a negative number of vector fields")
    }
    let capacity = capacity ?? count
    guard capacity >= count else {
      throw .invalidPointSet("'\(name)' reserves room for fewer points than it has")
    }
    if images.contains(where: { !$0.isValid(inputCount: network.inputCount) }) {
      throw .invalidPointSet(
        "an image of '\(name)' is not a finite affine map of \(network.inputCount) coordinates")
    }
    pointSets.append(
      PointSetDeclaration(
        name: name, count: count, vectorFieldCount: vectorFieldCount, capacity: capacity,
        images: images))
    return PointSet(builder: self, id: PointSetID(index: pointSets.count - 1))
  }

  /// Declares a learnable scalar with its initial value.
  public func addScalar(name: String, initialValue: Double) -> LearnableScalar {
    scalars.append(ScalarDeclaration(name: name, initialValue: initialValue))
    return LearnableScalar(index: scalars.count - 1)
  }

  /// Declares a loss term: the reduction of one or more residual columns of a single point set.
  @discardableResult
  public func addTerm(
    name: String, components: [PointExpression], reduction: Reduction = .meanSquare
  ) throws(EngineError) -> TermID {
    guard !components.isEmpty else { throw .emptyTerm(name: name) }
    var binding = ExpressionGraph.Binding.unbound
    for component in components {
      guard component.graph === graph else { throw .mixedPointSets(term: name) }
      binding = graph.combine(binding, graph.bindings[component.node])
    }
    guard case .set(let set) = binding else {
      if binding == .mixed { throw .mixedPointSets(term: name) }
      throw .invalidPointSet("term '\(name)' reads no point set")
    }
    terms.append(
      TermDeclaration(
        name: name, pointSet: set, components: components.map(\.node), reduction: reduction))
    return TermID(index: terms.count - 1)
  }

  /// Declares a probe: a column whose per-point values ``Plan/evaluateProbes(on:)`` computes
  /// (predictions, residual maps, error fields). Probes cost nothing in training steps.
  @discardableResult
  public func addProbe(name: String, _ expression: PointExpression) throws(EngineError) -> ProbeID {
    guard expression.graph === graph,
      case .set(let set) = graph.bindings[expression.node]
    else { throw .mixedPointSets(term: name) }
    probes.append(ProbeDeclaration(name: name, pointSet: set, node: expression.node))
    return ProbeID(index: probes.count - 1)
  }

  /// The number of terms declared so far.
  public var termCount: Int { terms.count }

  /// The names of the terms declared so far, in order.
  public var termNames: [String] { terms.map(\.name) }

  func makeLeaf(_ operation: ExpressionOperation, set: Int?) -> PointExpression {
    let binding: ExpressionGraph.Binding = set.map { .set($0) } ?? .unbound
    return PointExpression(graph: graph, node: graph.append(operation, binding: binding))
  }

  func pointSetDeclaration(_ id: PointSetID) -> PointSetDeclaration { pointSets[id.index] }
}
