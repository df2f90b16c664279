/// Offsets (in scalars) of every per-tile buffer inside a thread's workspace. Channel blocks of
/// one kind are contiguous with a uniform stride, so kernels can address channel `c` by offset.
struct TileLayout {
  /// Network rows of a tile: its points and their images.
  let rows: Int
  /// Points of a tile: the length of an expression node's column.
  let points: Int
  let widths: [Int]
  let channelCount: Int
  /// Number of stored activation derivatives σ^(1)...σ^(derivativeCount).
  let derivativeCount: Int
  let outputCount: Int
  /// `[layer]`: post-activation channels `[channel][width×rows]`; layer 0 holds the inputs.
  let activations: [Int]
  /// `[layer]` (layer ≥ 1): pre-activation channels `[channel][width×rows]`.
  let preactivations: [Int]
  /// `[layer]` (layer ≥ 1): σ^(k)(z) for k = 1...derivativeCount, `[k-1][width×rows]`.
  let derivatives: [Int]
  /// Network outputs `[channel][output×rows]`.
  let outputs: Int
  /// Cotangent slots carried through the reverse sweep together (one per term on the set).
  let slotCount: Int
  /// Two cotangent areas `[slot][channel][widest×rows]` used alternately layer by layer.
  let cotangents: [Int]
  /// Pre-activation cotangents `[channel][widest×rows]`.
  let preactivationCotangents: Int
  /// Output cotangents `[slot][channel][output×rows]`.
  let outputCotangents: Int
  let nodeValues: Int
  let nodeCotangents: Int
  let totalCount: Int

  init(
    rows t: Int, points: Int, widths: [Int], inputCount: Int, outputCount: Int, channelCount c: Int,
    derivativeCount: Int, slotCount: Int, nodeCount: Int
  ) {
    self.rows = t
    self.points = points
    self.widths = widths
    self.channelCount = c
    self.derivativeCount = derivativeCount
    self.outputCount = outputCount
    var offset = 0
    func take(_ n: Int) -> Int {
      let start = offset
      offset += (n + 15) / 16 * 16
      return start
    }
    let hidden = widths.count - 1
    var activations = [take(c * widths[0] * t)]
    var preactivations = [0]
    var derivatives = [0]
    for l in 1...hidden {
      activations.append(take(c * widths[l] * t))
      preactivations.append(take(c * widths[l] * t))
      derivatives.append(take(derivativeCount * widths[l] * t))
    }
    self.activations = activations
    self.preactivations = preactivations
    self.derivatives = derivatives
    let widest = widths.max() ?? 1
    outputs = take(c * outputCount * t)
    self.slotCount = slotCount
    cotangents = [take(slotCount * c * widest * t), take(slotCount * c * widest * t)]
    preactivationCotangents = take(c * widest * t)
    outputCotangents = take(slotCount * c * outputCount * t)
    nodeValues = take(nodeCount * points)
    nodeCotangents = take(nodeCount * points)
    totalCount = offset
  }

  /// Size of one channel's block in the cotangent areas.
  var cotangentStride: Int { (widths.max() ?? 1) * rows }

  /// Size of one slot in the cotangent areas.
  var cotangentSlotStride: Int { channelCount * cotangentStride }

  /// Size of one slot of the output cotangents.
  var outputCotangentSlotStride: Int { channelCount * outputCount * rows }
}
