/// An estimate of the memory one training step needs, from the samplers' points, the derivative
/// channels their terms need, and the network's hidden widths.
///
/// bytes = Σ over samplers of points × channels × (Σ hidden widths) × scalar size × `factor`,
/// where channels counts the Taylor-mode jet components a sampler's terms need (the value, each
/// derivative and every lower-order derivative it is built from; a Laplacian adds the space
/// gradient and one Laplacian channel; a normal derivative adds the space gradient), and
/// `factor` = 4 covers pre- and post-activation values per layer, the reverse pass's cotangents,
/// and the per-term gradient workspace.
public struct MemoryEstimate: Hashable, Sendable {
  /// The multiplier described above.
  public static let factor = 4

  /// The estimated bytes per sampler (in `CheckedSpec.samplers` order).
  public var bytesPerSampler: [Double]

  /// The total estimate in bytes.
  public var totalBytes: Double { bytesPerSampler.reduce(0, +) }

  /// Estimates the memory of `spec`.
  public init(_ spec: CheckedSpec) {
    let scalar = spec.training.precision == .float64 ? 8.0 : 4.0
    let width = Double(spec.network.hidden.reduce(0, +))
    bytesPerSampler = spec.samplers.indices.map { sampler in
      let residuals = spec.terms.filter { $0.sampler == sampler }.flatMap(\.residuals)
      let channels = Double(Self.channelCount(residuals, spec: spec))
      return Double(spec.samplers[sampler].points) * channels * width * scalar
        * Double(Self.factor)
    }
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
