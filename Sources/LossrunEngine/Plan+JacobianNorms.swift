extension Plan {
  /// Makes the buffers of ``computeJacobianNorms(_:)`` for the first `min(batch, pointCount)`
  /// points of every term's set, with the tiles split over the plan's threads.
  package func makeJacobianNorms(batch: Int) -> JacobianNorms<S> {
    alwaysPrecondition(batch >= 1, "batch must be at least 1")
    var counts = [Int](repeating: 0, count: termCount)
    var items: [(item: WorkItem, cost: Int)] = []
    for set in sets where !set.terms.isEmpty {
      let n = Swift.min(batch, set.pointCount)
      for term in set.terms { counts[term.index] = n }
      let sweeps = set.terms.reduce(0) { $0 + $1.components.count }
      for tile in 0..<((n + set.tile - 1) / set.tile) {
        items.append((WorkItem(set: set.index, tile: tile), set.tileCost * sweeps))
      }
    }
    // Greedy by cost, in a fixed order: the same plan always gets the same split.
    var assignments = [[WorkItem]](repeating: [], count: options.threads)
    var loads = [Int](repeating: 0, count: options.threads)
    for entry in items.sorted(by: { $0.cost > $1.cost }) {
      let thread = loads.indices.min { loads[$0] < loads[$1] }!
      assignments[thread].append(entry.item)
      loads[thread] += entry.cost
    }
    let norms = JacobianNorms<S>(
      batch: batch, counts: counts, assignments: assignments, parameterCount: layout.count,
      tile: sets.map(\.tile).max() ?? 1, owner: ObjectIdentifier(self))
    norms.job = { [unowned self, unowned norms] thread in
      self.runJacobianNormWorker(thread, norms)
    }
    return norms
  }

  /// Fills `norms` with ‖∂r_i(x)/∂θ‖² for every term i and each of its points x, exactly and
  /// without forming per-point gradients.
  ///
  /// Per tile: the forward sweep, then per term and residual component one reverse sweep seeded
  /// with cotangent 1 at every point. At each dense layer z_c = W·a_c (+ b in the value channel)
  /// the per-point gradient of W is Σ_c δ_c a_cᵀ, whose squared norm is
  /// Σ_{c,c'} (δ_c·δ_c')(a_c·a_c'); the bias adds ‖δ_value‖² and each learnable scalar its
  /// squared per-point cotangent. Uses the plan's workspaces; allocates nothing.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  package func computeJacobianNorms(_ norms: JacobianNorms<S>) {
    alwaysPrecondition(norms.owner == ObjectIdentifier(self), "norms made by another plan")
    if let pool {
      pool.run(norms.job)
    } else {
      runJacobianNormWorker(0, norms)
    }
  }

  /// The work of one thread: its fixed run of tiles. Specialized, since the pool's job closure
  /// calls it from a generic context.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  func runJacobianNormWorker(_ thread: Int, _ norms: JacobianNorms<S>) {
    for item in norms.assignments[thread] { runJacobianNormTile(item, thread: thread, norms) }
  }

  /// One tile: forward, then one seeded reverse sweep per term and residual component.
  func runJacobianNormTile(_ item: WorkItem, thread: Int, _ norms: JacobianNorms<S>) {
    let set = sets[item.set]
    let ws = workspaces[thread]
    let l = set.layout
    let t = set.tile
    let start = item.tile * t
    forwardNetwork(set, ws: ws, start: start, thread: thread)
    evaluateNodes(set, ws: ws, start: start)
    for (slot, term) in set.terms.enumerated() {
      let valid = Swift.min(t, norms.counts[term.index] - start)
      let out = norms.values + norms.offsets[term.index] + start
      out.update(repeating: 0, count: valid)
      for component in term.components {
        clearCotangents(set, ws: ws, channels: set.perTermChannels[slot], slot: 0)
        (ws + l.nodeCotangents + component * t).update(repeating: 1, count: valid)
        reverseNodes(set, ws: ws, gradient: norms.scalarGradients[thread], slot: 0)
        addScalarNorms(set, ws: ws, valid: valid, scratch: norms.scratch[thread], into: out)
        reverseNorms(
          set, ws: ws, thread: thread, channels: set.perTermChannels[slot],
          firstLayerChannels: set.perTermFirstLayerChannels[slot], valid: valid,
          scratch: norms.scratch[thread], into: out)
      }
    }
  }

  /// Adds each learnable scalar's squared per-point cotangent (summed over the nodes that read
  /// it) to `out`.
  func addScalarNorms(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, valid: Int,
    scratch: UnsafeMutablePointer<S>, into out: UnsafeMutablePointer<S>
  ) {
    let t = set.tile
    let bars = ws + set.layout.nodeCotangents
    for (n, node) in set.nodes.enumerated() {
      guard case .scalar(let s) = node, set.needsCotangent[n] else { continue }
      // The first node reading `s` gathers every node that reads it.
      var seenBefore = false
      for earlier in 0..<n {
        if case .scalar(let e) = set.nodes[earlier], e == s { seenBefore = true }
      }
      if seenBefore { continue }
      scratch.update(repeating: 0, count: valid)
      for m in n..<set.nodes.count {
        guard case .scalar(let e) = set.nodes[m], e == s else { continue }
        let bar = bars + m * t
        for p in 0..<valid { scratch[p] += bar[p] }
      }
      for p in 0..<valid { out[p] += scratch[p] * scratch[p] }
    }
  }

  /// The reverse sweep of cotangent slot 0 through the network, adding every layer's per-point
  /// squared weight- and bias-gradient norms to `out` instead of accumulating gradients.
  func reverseNorms(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, thread: Int,
    channels: UnsafeMutableBufferPointer<Int32>,
    firstLayerChannels: UnsafeMutableBufferPointer<Int32>, valid: Int,
    scratch: UnsafeMutablePointer<S>, into out: UnsafeMutablePointer<S>
  ) {
    let l = set.layout
    let t = set.rows
    let groups = JacobianNormKernels.Rows(points: set.tile, groups: set.groupMaps.count)
    let hidden = network.hiddenWidths.count
    let o = network.outputCount
    let cs = l.cotangentStride
    let table = monomialTables[set.index]
    let ones = threadOnes[thread]
    let hasValue = channels.first == 0
    // Output layer.
    let last = layout.layers[hidden]
    let width = network.hiddenWidths[hidden - 1]
    var current = 0
    let wOut = UnsafePointer(parameters.baseAddress! + last.weights.lowerBound)
    let obar = ws + l.outputCotangents
    JacobianNormKernels.accumulatePairs(
      channels: UnsafeBufferPointer(channels), cotangent: obar, cotangentStride: o * t, rows: o,
      input: ws + l.activations[hidden], inputStride: width * t, inner: width, layout: groups,
      valid: valid, scratch: scratch, into: out)
    if hasValue {
      JacobianNormKernels.accumulateSquares(
        obar, rows: o, layout: groups, valid: valid, into: out)
    }
    let abar = ws + l.cotangents[current]
    for c32 in channels {
      let c = Int(c32)
      DenseKernels.multiplyTransposed(
        rows: width, inner: o, weights: wOut, input: obar + c * o * t, output: abar + c * cs,
        points: t)
    }
    // Hidden layers, last to first.
    let zbar = ws + l.preactivationCotangents
    for layer in stride(from: hidden, through: 1, by: -1) {
      let m = network.hiddenWidths[layer - 1]
      let k = layer == 1 ? network.inputCount : network.hiddenWidths[layer - 2]
      let zStride = m * t
      let monomials = layer == 1 ? table.firstLayer : table.laterLayers
      let derivatives = ws + l.derivatives[layer]
      let preactivations = ws + l.preactivations[layer]
      let w = UnsafePointer(parameters.baseAddress! + layout.layers[layer - 1].weights.lowerBound)
      let abar = ws + l.cotangents[current]
      var offset = 0
      while offset < zStride {
        let count = Swift.min(ElementwiseKernels.chunk, zStride - offset)
        for c in channels { (zbar + Int(c) * cs + offset).update(repeating: 0, count: count) }
        for c32 in channels {
          let c = Int(c32)
          ElementwiseKernels.backpropagate(
            monomials[c], channel: c, cotangent: abar + c * cs + offset,
            derivatives: derivatives + offset, preactivations: preactivations + offset,
            stride: zStride, ones: ones, count: count, cotangents: zbar + offset,
            cotangentStride: cs)
        }
        offset += count
      }
      JacobianNormKernels.accumulatePairs(
        channels: UnsafeBufferPointer(layer == 1 ? firstLayerChannels : channels),
        cotangent: zbar, cotangentStride: cs, rows: m, input: ws + l.activations[layer - 1],
        inputStride: k * t, inner: k, layout: groups, valid: valid, scratch: scratch, into: out)
      if hasValue {
        JacobianNormKernels.accumulateSquares(
          zbar, rows: m, layout: groups, valid: valid, into: out)
      }
      if layer > 1 {
        let next = ws + l.cotangents[1 - current]
        for c32 in channels {
          let c = Int(c32)
          DenseKernels.multiplyTransposed(
            rows: k, inner: m, weights: w, input: zbar + c * cs, output: next + c * cs,
            points: t)
        }
      }
      current = 1 - current
    }
  }
}
