extension Plan {
  /// Zeroes the output cotangents of `channels` and every node cotangent of the tile.
  func clearCotangents(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, channels: UnsafeMutableBufferPointer<Int32>
  ) {
    let l = set.layout
    let block = network.outputCount * set.tile
    for c in channels {
      (ws + l.outputCotangents + Int(c) * block).update(repeating: 0, count: block)
    }
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

  /// The reverse sweep of one tile for one cotangent: expressions, output layer, hidden layers;
  /// accumulates into `gradient` (a full parameter-sized vector).
  func reverse(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, thread: Int,
    channels: UnsafeMutableBufferPointer<Int32>,
    firstLayerChannels: UnsafeMutableBufferPointer<Int32>, gradient: UnsafeMutablePointer<S>
  ) {
    reverseNodes(set, ws: ws, gradient: gradient)
    let l = set.layout
    let t = set.tile
    let hidden = network.hiddenWidths.count
    let o = network.outputCount
    let cs = l.cotangentStride
    let table = monomialTables[set.index]
    let ones = threadOnes[thread]
    // Output layer.
    let last = layout.layers[hidden]
    let width = network.hiddenWidths[hidden - 1]
    let obar = ws + l.outputCotangents
    DenseKernels.accumulateOuter(
      rows: o, inner: width, cotangent: obar, cotangentStride: o * t,
      input: ws + l.activations[hidden], inputStride: width * t,
      channels: UnsafeBufferPointer(channels), points: t,
      gradient: gradient + last.weights.lowerBound)
    DenseKernels.accumulateRows(
      rows: o, cotangent: obar, points: t, into: gradient + last.biases.lowerBound)
    var current = 0
    let wOutT = transposedWeights + last.weights.lowerBound
    for c32 in channels {
      let c = Int(c32)
      DenseKernels.multiply(
        rows: width, inner: o, weights: wOutT, input: obar + c * o * t,
        output: ws + l.cotangents[current] + c * cs, points: t, bias: nil)
    }
    // Hidden layers, last to first.
    let zbar = ws + l.preactivationCotangents
    for layer in stride(from: hidden, through: 1, by: -1) {
      let m = network.hiddenWidths[layer - 1]
      let k = layer == 1 ? network.inputCount : network.hiddenWidths[layer - 2]
      let zStride = m * t
      let abar = ws + l.cotangents[current]
      let monomials = layer == 1 ? table.firstLayer : table.laterLayers
      let derivatives = ws + l.derivatives[layer]
      let preactivations = ws + l.preactivations[layer]
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
      let parameters = layout.layers[layer - 1]
      DenseKernels.accumulateOuter(
        rows: m, inner: k, cotangent: zbar, cotangentStride: cs,
        input: ws + l.activations[layer - 1], inputStride: k * t,
        channels: UnsafeBufferPointer(layer == 1 ? firstLayerChannels : channels), points: t,
        gradient: gradient + parameters.weights.lowerBound)
      DenseKernels.accumulateRows(
        rows: m, cotangent: zbar, points: t, into: gradient + parameters.biases.lowerBound)
      if layer > 1 {
        let next = ws + l.cotangents[1 - current]
        let wT = transposedWeights + parameters.weights.lowerBound
        for c32 in channels {
          let c = Int(c32)
          DenseKernels.multiply(
            rows: k, inner: m, weights: wT, input: zbar + c * cs, output: next + c * cs,
            points: t, bias: nil)
        }
        current = 1 - current
      }
    }
  }

  /// Refreshes the transposed weight matrices from ``parameters``.
  func transposeWeights() {
    for layer in layout.layers {
      let w = parameters.baseAddress! + layer.weights.lowerBound
      let wt = transposedWeights + layer.weights.lowerBound
      let (m, k) = (layer.outputCount, layer.inputCount)
      for j in 0..<m {
        for i in 0..<k { wt[i * m + j] = w[j * k + i] }
      }
    }
  }
}
