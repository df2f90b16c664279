import Foundation

/// Adam (Kingma and Ba, 2015) on a flat parameter vector, with the update of PyTorch's `Adam`
/// (or `AdamW` for decoupled weight decay).
///
/// Per step t = 1, 2, …, with gradient g (plus λθ for L2 decay):
/// m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,
/// θ ← θ − (lr / (1 − β₁^t)) · m / (√v / √(1 − β₂^t) + ε).
/// The moment buffers are allocated once, on the first step; later steps do not allocate.
/// The whole optimizer is a `Codable` value: saving it saves its state for bit-exact resume.
public struct AdamOptimizer<Scalar: ParameterScalar>: Hashable, Sendable, Codable {
  /// Adam's hyperparameters (the learning rate comes with each step, from the schedule).
  public struct Settings: Hashable, Sendable, Codable {
    /// The first-moment decay β₁.
    public var beta1: Double
    /// The second-moment decay β₂.
    public var beta2: Double
    /// The denominator's ε.
    public var epsilon: Double
    /// The weight decay λ (0 for none).
    public var weightDecay: Double
    /// L2 (PyTorch `Adam`) or decoupled (`AdamW`) decay.
    public var weightDecayMode: WeightDecayMode

    /// Creates settings from explicit values; the defaults a spec gets live in the training
    /// catalogue (`TrainingCatalogue`), not here.
    public init(
      beta1: Double, beta2: Double, epsilon: Double, weightDecay: Double,
      weightDecayMode: WeightDecayMode
    ) {
      self.beta1 = beta1
      self.beta2 = beta2
      self.epsilon = epsilon
      self.weightDecay = weightDecay
      self.weightDecayMode = weightDecayMode
    }
  }

  /// The hyperparameters.
  public var settings: Settings
  /// The number of steps taken.
  public var stepCount: Int = 0
  /// The first-moment estimate m.
  public var firstMoment: [Scalar] = []
  /// The second-moment estimate v.
  public var secondMoment: [Scalar] = []

  /// Creates an optimizer with no steps taken.
  public init(settings: Settings) { self.settings = settings }

  /// Updates `parameters` in place with `gradient` at learning rate `learningRate`.
  ///
  /// `gradient` must have as many entries as `parameters`; the count is fixed by the first step.
  @inlinable
  public mutating func step(
    parameters: UnsafeMutableBufferPointer<Scalar>, gradient: UnsafeBufferPointer<Scalar>,
    learningRate: Double
  ) {
    let count = min(parameters.count, gradient.count)
    if firstMoment.count != count {
      firstMoment = Array(repeating: 0, count: count)
      secondMoment = Array(repeating: 0, count: count)
    }
    stepCount += 1
    let t = Double(stepCount)
    let beta1 = Scalar(settings.beta1)
    let beta2 = Scalar(settings.beta2)
    let epsilon = Scalar(settings.epsilon)
    let stepSize = Scalar(learningRate / (1 - pow(settings.beta1, t)))
    let correction2 = Scalar((1 - pow(settings.beta2, t)).squareRoot())
    let decay = Scalar(settings.weightDecay)
    let coupled = settings.weightDecayMode == .l2 && settings.weightDecay != 0
    let shrink = Scalar(1 - learningRate * settings.weightDecay)
    let decoupled = settings.weightDecayMode == .decoupled && settings.weightDecay != 0
    firstMoment.withUnsafeMutableBufferPointer { m in
      secondMoment.withUnsafeMutableBufferPointer { v in
        for i in 0..<count {
          var g = gradient[i]
          if coupled { g += decay * parameters[i] }
          if decoupled { parameters[i] *= shrink }
          m[i] = beta1 * m[i] + (1 - beta1) * g
          v[i] = beta2 * v[i] + (1 - beta2) * g * g
          parameters[i] -= stepSize * m[i] / (v[i].squareRoot() / correction2 + epsilon)
        }
      }
    }
  }

  /// Updates an array of parameters in place; see ``step(parameters:gradient:learningRate:)``.
  @inlinable
  public mutating func step(parameters: inout [Scalar], gradient: [Scalar], learningRate: Double) {
    parameters.withUnsafeMutableBufferPointer { p in
      gradient.withUnsafeBufferPointer { g in
        step(parameters: p, gradient: g, learningRate: learningRate)
      }
    }
  }
}
