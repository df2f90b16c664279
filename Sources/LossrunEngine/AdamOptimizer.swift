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
    for i in 0..<parameters.count {
      let g = gradient[i]
      firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
      secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
      let denominator = secondMoment[i].squareRoot() / rootCorrection2 + epsilon
      parameters[i] -= stepSize * firstMoment[i] / denominator
    }
  }
}
