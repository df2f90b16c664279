/// The values of one logged step, in the order of ``MetricsColumns``.
///
/// Per-term arrays have one entry per term; gradient statistics may be empty (blank cells) at
/// steps where they were not computed, and `relativeL2`/`maxError` are nil at steps without an
/// evaluation. Values from a Float engine convert to Double exactly.
public struct MetricsRow: Hashable, Sendable {
  /// The step (0-based).
  public var step: Int
  /// Seconds since training started (the only column that differs between identical runs).
  public var elapsedSeconds: Double
  /// The learning rate used at this step.
  public var learningRate: Double
  /// Each term's unweighted loss.
  public var losses: [Double]
  /// Each term's weight as used.
  public var weights: [Double]
  /// Each term's mean |g|, or empty.
  public var meanAbsGradient: [Double]
  /// Each term's max |g|, or empty.
  public var maxAbsGradient: [Double]
  /// Each term's ‖g‖₂, or empty.
  public var gradientNorm: [Double]
  /// Each evaluation's relative L2 error, or nil when not evaluated at this step.
  public var relativeL2: [Double]?
  /// Each evaluation's maximum absolute error, or nil when not evaluated at this step.
  public var maxError: [Double]?
  /// The cosine between each pair of term gradients (i < j, row by row), or empty.
  public var pairCosines: [Double] = []
  /// The alignment score of the term gradients (Wang et al. 2025), or nil.
  public var alignment: Double?
  /// The cosine between the applied update and each term's gradient, or empty.
  public var updateCosines: [Double] = []
  /// The per-point rule's values in the order of ``MetricsColumns/pointWeightNames``, or empty.
  public var pointWeightValues: [Double] = []
  /// Each learnable spec parameter's value in the order of ``MetricsColumns/parameterNames``, at
  /// the parameters this row's losses were measured at, or empty.
  public var parameterValues: [Double] = []

  /// Creates a row.
  public init(
    step: Int, elapsedSeconds: Double, learningRate: Double, losses: [Double], weights: [Double],
    meanAbsGradient: [Double] = [], maxAbsGradient: [Double] = [], gradientNorm: [Double] = [],
    relativeL2: [Double]? = nil, maxError: [Double]? = nil
  ) {
    self.step = step
    self.elapsedSeconds = elapsedSeconds
    self.learningRate = learningRate
    self.losses = losses
    self.weights = weights
    self.meanAbsGradient = meanAbsGradient
    self.maxAbsGradient = maxAbsGradient
    self.gradientNorm = gradientNorm
    self.relativeL2 = relativeL2
    self.maxError = maxError
  }
}
