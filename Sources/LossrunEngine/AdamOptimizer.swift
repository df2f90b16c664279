/// A plain Adam optimizer on a flat parameter vector (Kingma & Ba), for benchmarks and tests.
///
/// The training library owns the full optimizers; this one is deliberately small: fixed
/// learning rate, no weight decay, state allocated once.
public final class AdamOptimizer<S: EngineScalar> {
  /// Step size.
  public var learningRate: S
  /// Decay of the first moment.
  public let beta1: S
  /// Decay of the second moment.
  public let beta2: S
  /// Added to the root of the second moment.
  public let epsilon: S
  /// Steps taken so far.
  public private(set) var stepCount = 0
  private let firstMoment: UnsafeMutableBufferPointer<S>
  private let secondMoment: UnsafeMutableBufferPointer<S>

  /// An optimizer for `parameterCount` parameters.
  public init(
    parameterCount: Int, learningRate: S = 1e-3, beta1: S = 0.9, beta2: S = 0.999,
    epsilon: S = 1e-8
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    firstMoment = .allocate(capacity: parameterCount)
    firstMoment.initialize(repeating: 0)
    secondMoment = .allocate(capacity: parameterCount)
    secondMoment.initialize(repeating: 0)
  }

  deinit {
    firstMoment.deallocate()
    secondMoment.deallocate()
  }

  /// Updates `parameters` in place from `gradient`.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func step(
    parameters: UnsafeMutableBufferPointer<S>, gradient: UnsafeBufferPointer<S>
  ) {
    precondition(parameters.count == firstMoment.count && gradient.count == firstMoment.count)
    stepCount += 1
    let correction1 = 1 - S.pow(beta1, S(stepCount))
    let correction2 = 1 - S.pow(beta2, S(stepCount))
    let stepSize = learningRate / correction1
    let rootCorrection2 = correction2.squareRoot()
    typealias V = S.Vector
    let (b1, b2) = (V(repeating: beta1), V(repeating: beta2))
    let (c1, c2) = (V(repeating: 1 - beta1), V(repeating: 1 - beta2))
    let (size, root, eps) = (
      V(repeating: stepSize), V(repeating: rootCorrection2), V(repeating: epsilon)
    )
    let p = parameters.baseAddress!
    let g = gradient.baseAddress!
    let m = firstMoment.baseAddress!
    let v = secondMoment.baseAddress!
    var i = 0
    while i + S.laneCount <= parameters.count {
      let gi = VectorMemory.load(g, i)
      let mi = (b1 * VectorMemory.load(m, i)).addingProduct(c1, gi)
      let vi = (b2 * VectorMemory.load(v, i)).addingProduct(c2 * gi, gi)
      VectorMemory.store(mi, m, i)
      VectorMemory.store(vi, v, i)
      let denominator = vi.squareRoot() / root + eps
      VectorMemory.store(VectorMemory.load(p, i) - size * mi / denominator, p, i)
      i += S.laneCount
    }
    while i < parameters.count {
      let gi = g[i]
      m[i] = beta1 * m[i] + (1 - beta1) * gi
      v[i] = beta2 * v[i] + (1 - beta2) * gi * gi
      p[i] -= stepSize * m[i] / (v[i].squareRoot() / rootCorrection2 + epsilon)
      i += 1
    }
  }
}
