/// An estimate of the memory a run allocates for its points, modeled on what the engine and
/// the samplers really hold (see `SetProgram`, `TileLayout`, `Plan` and `PointBatch`).
///
/// Per point of a sampler with `d` inputs, in the run's scalar size `s` (4 or 8 bytes):
/// the plan's coordinates (`d·s`), the sampler's batch in the engine's precision (`d·s`) and
/// its draw buffer in Double (`d·8`); a boundary sampler adds outward normals in the plan and in
/// the batch (`2·d·s`). The network's activations are *not* per point: the engine runs over
/// tiles of at most 256 points, so each thread holds one tile workspace (channels × widths ×
/// tile), sized here as `TileLayout` sizes it. The per-term gradients add `terms × parameters`
/// scalars per thread and once more for the sum. An evaluation adds its grid (or an estimate
/// of it, 101 points per input by default) with points and expected values in Double and the
/// plan's copy in `s`.
///
/// Measured on the `lossrun` binary this is within 10% of the peak resident memory above the
/// process's baseline (about 28 MB), and far below it for small specs, where the baseline
/// dominates (see `MemoryEstimateTests` in the CLI tests).
package struct MemoryEstimate: Hashable, Sendable {
  /// The largest number of points the engine puts in one tile.
  package static let maximumTilePoints = 256

  /// The estimated bytes of each sampler's per-point buffers (in `CheckedSpec.samplers` order).
  package var bytesPerSampler: [Double]
  /// The estimated bytes of the tile workspaces, per-term gradients and evaluation data.
  package var fixedBytes: Double

  /// The total estimate in bytes.
  package var totalBytes: Double { bytesPerSampler.reduce(0, +) + fixedBytes }

  /// Estimates the memory of `spec` trained on `threads` engine threads.
  package init(_ spec: CheckedSpec, threads: Int = 1) {
    let scalar = spec.training.precision == .float64 ? 8.0 : 4.0
    let inputs = Double(spec.inputs.count)
    bytesPerSampler = spec.samplers.map { sampler in
      let normals = sampler.region == .boundary ? 2 * inputs * scalar : 0
      let data = Double(sampler.dataColumns.count) * inputs * scalar
      return Double(sampler.pointCount(inputs: spec.inputs.count))
        * (inputs * (2 * scalar + 8) + normals + data)
    }
    let threadCount = Double(max(threads, 1))
    let workspace =
      spec.samplers.indices.map { index in
        let terms = spec.terms.filter { $0.sampler == index }
        let residuals = terms.flatMap(\.residuals)
        let channels = Self.channelCount(residuals, spec: spec)
        // Each point's images under the maps its terms read other points at are network rows
        // of the tile too.
        let rowsPerPoint = Set(residuals.flatMap(\.pointMaps)).count + 1
        return rowsPerPoint
          * Self.tileWorkspaceScalars(spec, channels: channels, termCount: max(terms.count, 1))
      }.max() ?? 0
    let parameters = Double(spec.network.parameterCount + spec.parameters.count)
    let gradients = Double(spec.terms.count) * parameters * (threadCount + 1)
    var evaluation = 0.0
    if let checked = spec.evaluation {
      let grid = checked.grid ?? Array(repeating: 101, count: spec.inputs.count)
      let points = Double(grid.reduce(1, *))
      let outputs = Double(spec.network.outputs.count)
      evaluation = points * ((inputs + outputs) * 8 + (inputs + outputs) * scalar)
    }
    fixedBytes = (Double(workspace) * threadCount + gradients) * scalar + evaluation
  }

  /// The scalars of one thread's tile workspace, as `TileLayout` lays it out.
  static func tileWorkspaceScalars(_ spec: CheckedSpec, channels: Int, termCount: Int) -> Int {
    let tile = maximumTilePoints
    let widths = [spec.inputs.count] + spec.network.hidden
    let widest = widths.max() ?? 1
    let outputs = spec.network.outputs.count
    let derivatives = 5
    var scalars = channels * widths[0] * tile
    for width in spec.network.hidden {
      scalars += (2 * channels + derivatives) * width * tile
    }
    scalars += channels * outputs * tile
    scalars += (2 * termCount + 1) * channels * widest * tile
    scalars += termCount * channels * outputs * tile
    return scalars
  }

  /// The number of jet components the residuals need per network output, summed over outputs.
  static func channelCount(_ residuals: [ResolvedExpression], spec: CheckedSpec) -> Int {
    let inputCount = spec.inputs.count
    var needed = Set<MultiIndex>()
    var extra = 0
    for residual in residuals {
      for channel in residual.networkChannels {
        needed.formUnion(lowerClosure(channel.derivative))
      }
      let gradientOutputs = residual.laplacianOutputs.union(residual.normalDerivativeOutputs)
      for _ in gradientOutputs {
        for input in spec.spaceInputs {
          needed.insert(MultiIndex.zero(inputCount: inputCount).adding(input: input))
        }
      }
      extra += residual.laplacianOutputs.count
    }
    needed.insert(.zero(inputCount: inputCount))
    return needed.count + extra
  }

  /// Every index componentwise at most `index` (the jet components it is built from).
  static func lowerClosure(_ index: MultiIndex) -> Set<MultiIndex> {
    var result: Set<MultiIndex> = [MultiIndex(counts: index.counts.map { _ in 0 })]
    for (input, count) in index.counts.enumerated() where count > 0 {
      var next = Set<MultiIndex>()
      for partial in result {
        for order in 0...count {
          var copy = partial
          copy.counts[input] = order
          next.insert(copy)
        }
      }
      result = next
    }
    return result
  }
}
