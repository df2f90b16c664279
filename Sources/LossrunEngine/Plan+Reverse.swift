extension Plan {
  /// Zeroes cotangent slot `slot`'s output cotangents of `channels` and every node cotangent.
  func clearCotangents(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, channels: UnsafeMutableBufferPointer<Int32>,
    slot: Int
  ) {
    let l = set.layout
    let block = network.outputCount * set.rows
    let base = ws + l.outputCotangents + slot * l.outputCotangentSlotStride
    for c in channels { (base + Int(c) * block).update(repeating: 0, count: block) }
    (ws + l.nodeCotangents).update(repeating: 0, count: set.nodes.count * set.tile)
  }

  /// Adds `term`'s loss over the tile's valid points to `loss` and seeds its residual cotangents
  /// (scaled by `weight`).
  func seed(
    _ term: SetProgram<S>.Term, set: SetProgram<S>, ws: UnsafeMutablePointer<S>, valid: Int,
    weight: S, loss: UnsafeMutablePointer<S>
  ) {
    let l = set.layout
    let t = set.tile
    let inverseCount = 1 / S(set.pointCount)
    for component in term.components {
      let values = ws + l.nodeValues + component * t
      let bars = ws + l.nodeCotangents + component * t
      var sum = S.zero
      switch term.reduction {
      case .meanSquare:
        let scale = 2 * weight * inverseCount
        for p in 0..<valid {
          let r = values[p]
          sum += r * r
          bars[p] += scale * r
        }
      case .meanAbsolute:
        let scale = weight * inverseCount
        for p in 0..<valid {
          let r = values[p]
          sum += abs(r)
          bars[p] += r > 0 ? scale : (r < 0 ? -scale : 0)
        }
      }
      loss.pointee += sum * inverseCount
    }
  }

  /// The channels and gradient of cotangent slot `slot`: one slot per term in per-term mode,
  /// one slot for the weighted sum otherwise.
  @inline(__always)
  func slotTarget(_ set: SetProgram<S>, _ slot: Int, gradients: UnsafeMutablePointer<S>) -> (
    channels: UnsafeMutableBufferPointer<Int32>, firstLayer: UnsafeMutableBufferPointer<Int32>,
    gradient: UnsafeMutablePointer<S>
  ) {
    if perTermMode {
      return (
        set.perTermChannels[slot], set.perTermFirstLayerChannels[slot],
        gradients + set.terms[slot].index * layout.count
      )
    }
    return (set.unionChannels, set.unionFirstLayerChannels, gradients)
  }

  /// The reverse sweep of one tile through the network for `slots` cotangents at once (one per
  /// term on the set, or one for the weighted sum), layer by layer: every slot goes through a
  /// layer before the next layer starts, so the layer's weights and saved forward values are
  /// loaded once for all of them. Accumulates into each slot's gradient.
  func reverseNetwork(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, thread: Int, slots: Int,
    gradients: UnsafeMutablePointer<S>
  ) {
    let l = set.layout
    let t = set.rows
    let hidden = network.hiddenWidths.count
    let o = network.outputCount
    let cs = l.cotangentStride
    let table = monomialTables[set.index]
    let ones = threadOnes[thread]
    // Output layer.
    let last = layout.layers[hidden]
    let width = network.hiddenWidths[hidden - 1]
    var current = 0
    let wOut = UnsafePointer(parameters.baseAddress! + last.weights.lowerBound)
    for slot in 0..<slots {
      let (channels, _, gradient) = slotTarget(set, slot, gradients: gradients)
      let obar = ws + l.outputCotangents + slot * l.outputCotangentSlotStride
      DenseKernels.accumulateOuter(
        rows: o, inner: width, cotangent: obar, cotangentStride: o * t,
        input: ws + l.activations[hidden], inputStride: width * t,
        channels: UnsafeBufferPointer(channels), points: t,
        gradient: gradient + last.weights.lowerBound)
      DenseKernels.accumulateRows(
        rows: o, cotangent: obar, points: t, into: gradient + last.biases.lowerBound)
      let abar = ws + l.cotangents[current] + slot * l.cotangentSlotStride
      for c32 in channels {
        let c = Int(c32)
        DenseKernels.multiplyTransposed(
          rows: width, inner: o, weights: wOut, input: obar + c * o * t,
          output: abar + c * cs, points: t)
      }
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
      let parameters = layout.layers[layer - 1]
      let w = UnsafePointer(self.parameters.baseAddress! + parameters.weights.lowerBound)
      for slot in 0..<slots {
        let (channels, firstLayerChannels, gradient) = slotTarget(set, slot, gradients: gradients)
        let abar = ws + l.cotangents[current] + slot * l.cotangentSlotStride
        // In L1-sized chunks, so every channel's pass over a chunk hits the cache.
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
        DenseKernels.accumulateOuter(
          rows: m, inner: k, cotangent: zbar, cotangentStride: cs,
          input: ws + l.activations[layer - 1], inputStride: k * t,
          channels: UnsafeBufferPointer(layer == 1 ? firstLayerChannels : channels), points: t,
          gradient: gradient + parameters.weights.lowerBound)
        DenseKernels.accumulateRows(
          rows: m, cotangent: zbar, points: t, into: gradient + parameters.biases.lowerBound)
        if layer > 1 {
          let next = ws + l.cotangents[1 - current] + slot * l.cotangentSlotStride
          for c32 in channels {
            let c = Int(c32)
            DenseKernels.multiplyTransposed(
              rows: k, inner: m, weights: w, input: zbar + c * cs, output: next + c * cs,
              points: t)
          }
        }
      }
      current = 1 - current
    }
  }
}
