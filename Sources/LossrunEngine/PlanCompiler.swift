/// Lowers a ``GraphBuilder``'s declarations to the per-set programs of a ``Plan``: resolves
/// channels, closes them downward, prunes unused expression nodes, picks tile sizes and splits
/// the tiles between threads.
struct PlanCompiler<S: EngineScalar> {
  let layout: ParameterLayout
  let sets: [SetProgram<S>]
  let monomialTables: [MonomialTable<S>]
  let assignments: [[Plan<S>.WorkItem]]

  init(builder: GraphBuilder, options: PlanOptions) throws(EngineError) {
    if let unknown = options.pointWeightedTerms.first(where: {
      !builder.terms.indices.contains($0.index)
    }) {
      throw .invalidOptions("point-weighted term #\(unknown.index) is not a term of the graph")
    }
    let network = builder.network
    layout = ParameterLayout(layerSizes: network.layerSizes, scalarCount: builder.scalars.count)
    let operations = builder.graph.operations
    var sets: [SetProgram<S>] = []
    var tables: [MonomialTable<S>] = []
    for (setIndex, declaration) in builder.pointSets.enumerated() {
      let termList = builder.terms.enumerated().filter { $0.element.pointSet == setIndex }
      // Reachable nodes, in global (topological) order.
      var reachable = Set<Int>()
      let probeList = builder.probes.enumerated().filter { $0.element.pointSet == setIndex }
      var stack = termList.flatMap { $0.element.components } + probeList.map { $0.element.node }
      while let n = stack.popLast() {
        if reachable.insert(n).inserted { stack.append(contentsOf: operations[n].operands) }
      }
      let order = reachable.sorted()
      var local: [Int: Int] = [:]
      for (i, n) in order.enumerated() { local[n] = i }
      // Channels.
      var keys: [Int: ChannelKey] = [:]
      for n in order {
        if case .channel(let channel, _) = operations[n] {
          keys[n] = try PlanCompiler.key(for: channel)
        }
      }
      let rules = ChannelRules(requested: Set(keys.values))
      // The row groups of a tile: the images (0: the points) some node reads, in order.
      var readImages = Set<Int>()
      for n in order {
        if case .channel(_, let image) = operations[n] { readImages.insert(image) }
      }
      let groups = readImages.isEmpty ? [0] : readImages.sorted()
      let groupOf = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
      let nodes: [SetProgram<S>.Node] = order.map { n in
        switch operations[n] {
        case .constant(let v): return .constant(S(v))
        case .coordinate(let i): return .coordinate(i)
        case .vectorComponent(let f, let c): return .vectorComponent(field: f, component: c)
        case .channel(let channel, let image):
          return .channel(
            channel: rules.index(of: keys[n]!)!, output: channel.output, group: groupOf[image]!)
        case .scalar(let s): return .scalar(s)
        case .unary(let f, let a): return .unary(f, local[a]!)
        case .binary(let f, let a, let b): return .binary(f, local[a]!, local[b]!)
        case .integerPower(let a, let e): return .integerPower(local[a]!, e)
        case .realPower(let a, let e): return .realPower(local[a]!, S(e))
        }
      }
      if declaration.capacity != declaration.count,
        let weighted = termList.first(where: {
          options.pointWeightedTerms.contains(TermID(index: $0.offset))
        })
      {
        throw .invalidOptions(
          "point-weighted term '\(weighted.element.name)' is on '\(declaration.name)', whose "
            + "point count can change")
      }
      let terms = termList.map { (index, term) -> SetProgram<S>.Term in
        var seen = Set<Int>()
        var stack = term.components
        var active: Set<Int> = [0]
        while let n = stack.popLast() {
          guard seen.insert(n).inserted else { continue }
          stack.append(contentsOf: operations[n].operands)
          if let key = keys[n] { active.formUnion(rules.closure(of: rules.index(of: key)!)) }
        }
        let weighted = options.pointWeightedTerms.contains(TermID(index: index))
        return SetProgram<S>.Term(
          index: index, components: term.components.map { local[$0]! },
          reduction: term.reduction, activeChannels: active,
          pointWeights: weighted
            ? PointWeightBuffers(
              pointCount: declaration.count, componentCount: term.components.count) : nil)
      }
      // Every group is `tile` rows of the tile's network buffers.
      let tile = PlanCompiler.tileSize(
        points: declaration.capacity, channels: rules.keys.count * groups.count,
        requested: options.tilePoints)
      let d = network.inputCount
      let groupMaps = groups.map { image in
        (image == 0 ? PointImage.identity(inputCount: d) : declaration.images[image - 1])
          .scaled(by: network.inputAffine, inputCount: d)
      }
      sets.append(
        SetProgram(
          index: setIndex, name: declaration.name, pointCount: declaration.count,
          reservedCount: declaration.capacity, tile: tile,
          groupMaps: groupMaps.map {
            (matrix: $0.matrix.map { S($0) }, offset: $0.offset.map { S($0) })
          },
          inputCount: network.inputCount, fieldCount: declaration.vectorFieldCount,
          rules: rules, nodes: nodes, terms: terms,
          probes: probeList.map { (probe: $0.offset, node: local[$0.element.node]!) },
          widths: [network.inputCount] + network.hiddenWidths, outputCount: network.outputCount))
      tables.append(MonomialTable(rules))
    }
    self.sets = sets
    monomialTables = tables
    assignments = PlanCompiler.split(sets: sets, threads: options.threads)
  }

  /// The canonical per-set key of a channel.
  static func key(for channel: NetworkChannel) throws(EngineError) -> ChannelKey {
    switch channel {
    case .value: return .value
    case .partial(_, let orders):
      var indices: [Int] = []
      for (i, n) in orders.enumerated() {
        indices += [Int](repeating: i, count: n)
      }
      return indices.isEmpty ? .value : .partial(indices)
    case .laplacian(_, let inputs):
      let unique = Array(Set(inputs)).sorted()
      guard !unique.isEmpty else {
        throw .invalidPointSet("a Laplacian needs at least one input")
      }
      return .laplacian(unique)
    case .directional(_, let field): return .directional(field)
    }
  }

  /// Points per tile: a multiple of four vectors, about 4 KiB of scalars per feature row summed
  /// over channels (so the tile's activations stay in L2) and at most 256 points (so the tiles
  /// of a step still split evenly between threads), never far beyond the point count.
  ///
  /// Long tiles matter for the weight-gradient product, which reduces its SIMD lanes once per
  /// 4×4 block and tile: 256 points of four channels amortise that reduction over four times
  /// the work of the former 1 KiB budget (64 points), measured 5–10% faster per step.
  static func tileSize(points: Int, channels: Int, requested: Int?) -> Int {
    let quantum = 4 * S.laneCount
    let budget = 4096 / MemoryLayout<S>.size
    var tile = requested ?? min(max(budget / max(channels, 1), quantum), max(256, quantum))
    tile = (tile + quantum - 1) / quantum * quantum
    let needed = (points + quantum - 1) / quantum * quantum
    return min(tile, needed)
  }

  /// Splits the tiles of all sets between threads: largest tiles first, each to the thread with
  /// the least work so far (ties to the lowest index), then every thread runs its tiles in set
  /// order. The assignment is fixed, so results are reproducible for a given thread count.
  ///
  /// Contiguous runs (the former split) cannot balance a step made of a few large tiles, e.g.
  /// four interior tiles beside cheaper boundary tiles left one thread with 57% of the work.
  static func split(sets: [SetProgram<S>], threads: Int) -> [[Plan<S>.WorkItem]] {
    var items: [(item: Plan<S>.WorkItem, cost: Int, order: Int)] = []
    for set in sets where !set.terms.isEmpty {
      for tile in 0..<set.tileCount {
        items.append((Plan<S>.WorkItem(set: set.index, tile: tile), set.tileCost, items.count))
      }
    }
    let byCost = items.sorted { $0.cost != $1.cost ? $0.cost > $1.cost : $0.order < $1.order }
    var loads = [Int](repeating: 0, count: threads)
    var owner = [Int](repeating: 0, count: items.count)
    for entry in byCost {
      var thread = 0
      for candidate in 1..<max(threads, 1) where loads[candidate] < loads[thread] {
        thread = candidate
      }
      loads[thread] += entry.cost
      owner[entry.order] = thread
    }
    var result = [[Plan<S>.WorkItem]](repeating: [], count: threads)
    for entry in items { result[owner[entry.order]].append(entry.item) }
    return result
  }
}
