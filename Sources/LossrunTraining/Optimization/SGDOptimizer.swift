/// Stochastic gradient descent with optional momentum (heavy-ball or Nesterov), with the update
/// of PyTorch's `SGD`.
///
/// With gradient g (plus λθ for L2 decay) and momentum μ > 0: the buffer b is g on the first
/// step and b ← μb + (1 − dampening)·g afterwards; the step direction is g + μb for Nesterov and
/// b otherwise; θ ← θ − lr·direction. With μ = 0 the direction is g. Decoupled decay shrinks
/// θ ← θ·(1 − lr·λ) first instead.
public struct SGDOptimizer<Scalar: ParameterScalar>: Hashable, Sendable, Codable {
  /// SGD's hyperparameters.
  public struct Settings: Hashable, Sendable, Codable {
    /// The momentum μ (0 for plain SGD).
    public var momentum: Double
    /// The dampening of the gradient's contribution to the momentum buffer.
    public var dampening: Double
    /// Nesterov momentum.
    public var nesterov: Bool
    /// The weight decay λ.
    public var weightDecay: Double
    /// L2 (as PyTorch) or decoupled decay.
    public var weightDecayMode: WeightDecayMode

    /// Creates settings from explicit values; the defaults a spec gets live in the training
    /// catalogue (`TrainingCatalogue`), not here.
    public init(
      momentum: Double, dampening: Double, nesterov: Bool, weightDecay: Double,
      weightDecayMode: WeightDecayMode
    ) {
      self.momentum = momentum
      self.dampening = dampening
      self.nesterov = nesterov
      self.weightDecay = weightDecay
      self.weightDecayMode = weightDecayMode
    }
  }

  /// The hyperparameters.
  public var settings: Settings
  /// The number of steps taken.
  public var stepCount: Int = 0
  /// The momentum buffer b (empty until the first step with momentum).
  public var momentumBuffer: [Scalar] = []

  /// Creates an optimizer with no steps taken.
  public init(settings: Settings) { self.settings = settings }

  /// Updates `parameters` in place with `gradient` at learning rate `learningRate`.
  @inlinable
  public mutating func step(
    parameters: UnsafeMutableBufferPointer<Scalar>, gradient: UnsafeBufferPointer<Scalar>,
    learningRate: Double
  ) {
    let count = min(parameters.count, gradient.count)
    let useMomentum = settings.momentum != 0
    let firstStep = momentumBuffer.count != count
    if useMomentum && firstStep { momentumBuffer = Array(repeating: 0, count: count) }
    stepCount += 1
    let lr = Scalar(learningRate)
    let mu = Scalar(settings.momentum)
    let keep = Scalar(1 - settings.dampening)
    let decay = Scalar(settings.weightDecay)
    let coupled = settings.weightDecayMode == .l2 && settings.weightDecay != 0
    let decoupled = settings.weightDecayMode == .decoupled && settings.weightDecay != 0
    let shrink = Scalar(1 - learningRate * settings.weightDecay)
    let nesterov = settings.nesterov
    momentumBuffer.withUnsafeMutableBufferPointer { b in
      for i in 0..<count {
        var g = gradient[i]
        if coupled { g += decay * parameters[i] }
        if decoupled { parameters[i] *= shrink }
        if useMomentum {
          b[i] = firstStep ? g : mu * b[i] + keep * g
          g = nesterov ? g + mu * b[i] : b[i]
        }
        parameters[i] -= lr * g
      }
    }
  }

  /// Updates an array of parameters in place.
  @inlinable
  public mutating func step(parameters: inout [Scalar], gradient: [Scalar], learningRate: Double) {
    parameters.withUnsafeMutableBufferPointer { p in
      gradient.withUnsafeBufferPointer { g in
        step(parameters: p, gradient: g, learningRate: learningRate)
      }
    }
  }
}
