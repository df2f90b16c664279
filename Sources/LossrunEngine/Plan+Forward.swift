extension Plan {
  /// Runs one tile of one set: forward through the layers with all of the set's channels, the
  /// expressions, the loss seeds, and the reverse sweep into the thread's gradients. Terms on
  /// the set share the forward and carry one cotangent slot each through the reverse sweep.
  func runTile(_ item: WorkItem, thread: Int) {
    let set = sets[item.set]
    let ws = workspaces[thread]
    let t = set.tile
    let start = item.tile * t
    let valid = min(t, set.pointCount - start)
    guard valid > 0 else { return }  // a reserved tile beyond the points in use
    forwardNetwork(set, ws: ws, start: start, thread: thread)
    evaluateNodes(set, ws: ws, start: start)
    let gradients = threadGradients[thread]
    let losses = threadLosses[thread]
    if perTermMode {
      // One cotangent slot per term: seed and sweep the expressions per term, then carry all
      // slots through the network together.
      for (slot, term) in set.terms.enumerated() {
        clearCotangents(set, ws: ws, channels: set.perTermChannels[slot], slot: slot)
        seedTerm(term, set: set, ws: ws, start: start, valid: valid, weight: 1, losses: losses)
        reverseNodes(
          set, ws: ws, gradient: gradients + term.index * layout.count, slot: slot)
      }
      reverseNetwork(set, ws: ws, thread: thread, slots: set.terms.count, gradients: gradients)
    } else {
      clearCotangents(set, ws: ws, channels: set.unionChannels, slot: 0)
      for term in set.terms {
        seedTerm(
          term, set: set, ws: ws, start: start, valid: valid, weight: termWeights[term.index],
          losses: losses)
      }
      reverseNodes(set, ws: ws, gradient: gradients, slot: 0)
      reverseNetwork(set, ws: ws, thread: thread, slots: 1, gradients: gradients)
    }
  }

  /// Fills the input level and propagates every channel through the hidden and output layers,
  /// for the tile's points and, in the rows after them, each of their images.
  func forwardNetwork(_ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, start: Int, thread: Int) {
    let l = set.layout
    let points = set.tile
    let t = set.rows
    let d = network.inputCount
    let capacity = set.capacity
    let input = ws + l.activations[0]
    let inputStride = d * t
    // Input level: x' = A x + c (in an image's group, A (M x + c_k) + c), constant directions
    // A e_i, and A n per point.
    for c32 in set.firstLayerChannels {
      let c = Int(c32)
      let out = input + c * inputStride
      switch set.rules.keys[c] {
      case .value:
        for (group, map) in set.groupMaps.enumerated() {
          let (matrix, offset) = map
          for r in 0..<d {
            let row = out + r * t + group * points
            row.update(repeating: offset[r], count: points)
            for j in 0..<d {
              let a = matrix[r * d + j]
              if a == 0 { continue }
              let x = set.coordinates + j * capacity + start
              for p in 0..<points { row[p] += a * x[p] }
            }
          }
        }
      case .partial(let indices):
        let i = indices[0]
        for r in 0..<d { (out + r * t).update(repeating: affineMatrix[r * d + i], count: t) }
      case .directional(let field):
        for r in 0..<d {
          for group in set.groupMaps.indices {
            let row = out + r * t + group * points
            row.update(repeating: 0, count: points)
            for j in 0..<d {
              let a = affineMatrix[r * d + j]
              if a == 0 { continue }
              let n = set.vectors + (field * d + j) * capacity + start
              for p in 0..<points { row[p] += a * n[p] }
            }
          }
        }
      case .laplacian: break
      }
    }
    // Hidden layers.
    let hidden = network.hiddenWidths.count
    let table = monomialTables[set.index]
    let kernel = setActivations[set.index]
    let ones = threadOnes[thread]
    for layer in 1...hidden {
      let m = network.hiddenWidths[layer - 1]
      let k = layer == 1 ? d : network.hiddenWidths[layer - 2]
      let w = parameters.baseAddress! + layout.layers[layer - 1].weights.lowerBound
      let b = parameters.baseAddress! + layout.layers[layer - 1].biases.lowerBound
      let a = ws + l.activations[layer - 1]
      let z = ws + l.preactivations[layer]
      let aStride = k * t
      let zStride = m * t
      let channels = layer == 1 ? set.firstLayerChannels : set.allChannels
      for c32 in channels {
        let c = Int(c32)
        DenseKernels.multiply(
          rows: m, inner: k, weights: w, input: a + c * aStride, output: z + c * zStride,
          points: t, bias: c == 0 ? UnsafePointer(b) : nil)
      }
      let out = ws + l.activations[layer]
      let derivatives = ws + l.derivatives[layer]
      let monomials = layer == 1 ? table.firstLayer : table.laterLayers
      // In L1-sized chunks: activation derivatives, then every channel's expansion.
      var offset = 0
      while offset < zStride {
        let count = Swift.min(ElementwiseKernels.chunk, zStride - offset)
        kernel.evaluate(
          z + offset, count: count, value: out + offset, derivatives: derivatives + offset,
          stride: zStride)
        for c in 1..<set.channelCount {
          ElementwiseKernels.expand(
            monomials[c], derivatives: derivatives + offset, preactivations: z + offset,
            stride: zStride, ones: ones, count: count, into: out + c * zStride + offset)
        }
        offset += count
      }
    }
    // Output layer (linear).
    let last = layout.layers[hidden]
    let wOut = parameters.baseAddress! + last.weights.lowerBound
    let bOut = parameters.baseAddress! + last.biases.lowerBound
    let width = network.hiddenWidths[hidden - 1]
    let a = ws + l.activations[hidden]
    let o = network.outputCount
    for c in 0..<set.channelCount {
      DenseKernels.multiply(
        rows: o, inner: width, weights: wOut, input: a + c * width * t,
        output: ws + l.outputs + c * o * t, points: t, bias: c == 0 ? UnsafePointer(bOut) : nil)
    }
  }
}
