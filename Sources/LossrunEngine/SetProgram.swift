/// The compiled form of one point set: its channels and their rules, its expression program,
/// its terms, its point storage, and where each tile buffer lives in a thread's workspace.
final class SetProgram<S: EngineScalar> {
  /// A term evaluated on this set.
  struct Term {
    /// The term's global index.
    var index: Int
    /// Local node indices of the residual components.
    var components: [Int]
    var reduction: Reduction
    /// Channels (closed downward) that receive a cotangent from this term.
    var activeChannels: Set<Int>
    /// The per-point weights and residuals of a point-weighted term; nil for the others.
    var pointWeights: PointWeightBuffers<S>? = nil
  }

  /// One expression node with operands as local node indices.
  enum Node {
    case constant(S)
    case coordinate(Int)
    case vectorComponent(field: Int, component: Int)
    /// A channel in row group `group` (``groupMaps``).
    case channel(channel: Int, output: Int, group: Int)
    case scalar(Int)
    case unary(UnaryFunction, Int)
    case binary(BinaryFunction, Int, Int)
    case integerPower(Int, Int)
    case realPower(Int, S)
  }

  let index: Int
  let name: String
  /// The points the passes use (``Plan/setPointCount(_:_:)``), at most ``reservedCount``.
  var pointCount: Int
  /// The points the set's buffers and tiles were made for.
  let reservedCount: Int
  /// Points per tile.
  let tile: Int
  let tileCount: Int
  var capacity: Int { tile * tileCount }
  /// The input-level map of each row group of a tile: the points themselves (the input
  /// scaling) and each of their images some node reads (``PointImage`` composed with the
  /// scaling), in image order. A set that reads only images computes no rows at the points.
  let groupMaps: [(matrix: [S], offset: [S])]
  /// Network rows per tile: `tile` rows per group.
  var rows: Int { tile * groupMaps.count }
  let inputCount: Int
  let fieldCount: Int
  let rules: ChannelRules
  var channelCount: Int { rules.keys.count }
  let nodes: [Node]
  /// Per node: whether it depends on a network channel or a learnable scalar, i.e. whether
  /// its cotangent reaches a parameter (coordinate-only subexpressions such as a forcing term
  /// are skipped by the reverse sweep of the expressions).
  let needsCotangent: [Bool]
  let terms: [Term]
  /// Probes on this set: global probe index and local node.
  let probes: [(probe: Int, node: Int)]

  /// Coordinates, `[input][capacity]`; padded points repeat the last point.
  let coordinates: UnsafeMutablePointer<S>
  /// Per-point vectors, `[field][component][capacity]`.
  let vectors: UnsafeMutablePointer<S>

  /// Every channel index, `0..<channelCount`.
  let allChannels: UnsafeMutableBufferPointer<Int32>
  /// Channels whose first-layer pre-activation is not identically zero.
  let firstLayerChannels: UnsafeMutableBufferPointer<Int32>
  /// For each slot count configuration: the active channels per slot are built per mode.
  let perTermChannels: [UnsafeMutableBufferPointer<Int32>]
  let unionChannels: UnsafeMutableBufferPointer<Int32>
  /// The same lists restricted to channels that do not vanish before the first activation.
  let perTermFirstLayerChannels: [UnsafeMutableBufferPointer<Int32>]
  let unionFirstLayerChannels: UnsafeMutableBufferPointer<Int32>

  let layout: TileLayout

  init(
    index: Int, name: String, pointCount: Int, reservedCount: Int, tile: Int,
    groupMaps: [(matrix: [S], offset: [S])], inputCount: Int, fieldCount: Int,
    rules: ChannelRules, nodes: [Node], terms: [Term], probes: [(probe: Int, node: Int)],
    widths: [Int], outputCount: Int
  ) {
    self.index = index
    self.name = name
    self.pointCount = pointCount
    self.reservedCount = reservedCount
    self.tile = tile
    self.groupMaps = groupMaps
    tileCount = (reservedCount + tile - 1) / tile
    self.inputCount = inputCount
    self.fieldCount = fieldCount
    self.rules = rules
    self.nodes = nodes
    var needs: [Bool] = []
    for node in nodes {
      switch node {
      case .constant, .coordinate, .vectorComponent: needs.append(false)
      case .channel, .scalar: needs.append(true)
      case .unary(_, let a), .integerPower(let a, _), .realPower(let a, _): needs.append(needs[a])
      case .binary(_, let a, let b): needs.append(needs[a] || needs[b])
      }
    }
    needsCotangent = needs
    self.terms = terms
    self.probes = probes
    let capacity = tile * tileCount
    coordinates = .allocate(capacity: inputCount * capacity)
    coordinates.initialize(repeating: 0, count: inputCount * capacity)
    vectors = .allocate(capacity: max(fieldCount * inputCount * capacity, 1))
    vectors.initialize(repeating: 0, count: max(fieldCount * inputCount * capacity, 1))
    func buffer(_ list: [Int]) -> UnsafeMutableBufferPointer<Int32> {
      let b = UnsafeMutableBufferPointer<Int32>.allocate(capacity: list.count)
      _ = b.initialize(from: list.map { Int32($0) })
      return b
    }
    let firstLayer = rules.keys.indices.filter { !rules.keys[$0].vanishesBeforeFirstActivation }
    firstLayerChannels = buffer(firstLayer)
    allChannels = buffer(Array(rules.keys.indices))
    perTermChannels = terms.map { buffer($0.activeChannels.sorted()) }
    let union = terms.reduce(into: Set<Int>()) { $0.formUnion($1.activeChannels) }
    unionChannels = buffer(union.sorted())
    perTermFirstLayerChannels = terms.map {
      buffer($0.activeChannels.sorted().filter { !rules.keys[$0].vanishesBeforeFirstActivation })
    }
    unionFirstLayerChannels = buffer(
      union.sorted().filter { !rules.keys[$0].vanishesBeforeFirstActivation })
    layout = TileLayout(
      rows: tile * groupMaps.count, points: tile, widths: widths, inputCount: inputCount,
      outputCount: outputCount,
      channelCount: rules.keys.count, derivativeCount: rules.highestOrder + 1,
      slotCount: max(terms.count, 1), nodeCount: nodes.count)
  }

  deinit {
    coordinates.deallocate()
    vectors.deallocate()
    firstLayerChannels.deallocate()
    allChannels.deallocate()
    for b in perTermChannels { b.deallocate() }
    for b in perTermFirstLayerChannels { b.deallocate() }
    unionChannels.deallocate()
    unionFirstLayerChannels.deallocate()
  }

  /// Relative cost of one tile, for splitting work between threads: rows times channels
  /// forward and twice the cotangent channels backward, plus a fixed share per tile for the
  /// weight-gradient product's lane reductions (about as much as 320 point-channels).
  var tileCost: Int { rows * (channelCount + 2 * unionChannels.count) + Self.reductionCost }

  /// Cost units charged per tile for the weight-gradient lane reductions (see ``tileCost``).
  static var reductionCost: Int { 320 }
}
