/// The strong-Wolfe line search of L-BFGS (Nocedal and Wright, Algorithms 3.5 and 3.6).
///
/// Along the direction d from the start x₀, φ(α) = f(x₀ + αd). A step α is accepted when
/// φ(α) ≤ φ(0) + c₁αφ'(0) (sufficient decrease) and |φ'(α)| ≤ c₂|φ'(0)| (strong curvature).
/// The bracketing phase grows α (cubic extrapolation within [α + 0.01(α − α_prev), 10α]) until
/// an interval containing acceptable steps is found; the zoom phase shrinks it by safeguarded
/// cubic interpolation (bisection when the cubic's minimiser falls within 10% of an end).
/// A non-finite loss counts as too large, so the search backs off from overflow.
extension LBFGSOptimizer {
  /// A point on the search line: step length, loss and directional derivative.
  struct LinePoint {
    var step: Double
    var loss: Double
    var slope: Double
  }

  /// The outcome of one line search.
  struct LineSearchResult {
    var accepted: Bool
    var step: Double
    var loss: Double
    var evaluations: Int
  }

  /// Searches along `work.direction` from `work.start`; on acceptance `parameters` hold the new
  /// point and `work.trialGradient` its gradient; on failure `parameters` hold the best point
  /// found (its gradient is not kept).
  mutating func lineSearch(
    parameters: inout [Scalar], loss: Double, slope: Double, initialStep: Double,
    evaluate: Evaluate
  ) -> LineSearchResult {
    let origin = LinePoint(step: 0, loss: loss, slope: slope)
    var previous = origin
    var step = initialStep
    var evaluations = 0
    while evaluations < settings.maxLineSearchEvaluations {
      let current = probe(step, parameters: &parameters, evaluate: evaluate)
      evaluations += 1
      if !current.loss.isFinite || current.loss > loss + settings.sufficientDecrease * step * slope
        || (evaluations > 1 && current.loss >= previous.loss)
      {
        return zoom(
          low: previous, high: current, origin: origin, evaluations: evaluations,
          parameters: &parameters, evaluate: evaluate)
      }
      if abs(current.slope) <= -settings.curvature * slope {
        return LineSearchResult(
          accepted: true, step: step, loss: current.loss, evaluations: evaluations)
      }
      if current.slope >= 0 {
        return zoom(
          low: current, high: previous, origin: origin, evaluations: evaluations,
          parameters: &parameters, evaluate: evaluate)
      }
      let lower = step + 0.01 * (step - previous.step)
      let upper = 10 * step
      let next = Self.cubicMinimizer(previous, current) ?? 2 * step
      previous = current
      step = min(max(next, lower), upper)
    }
    return fail(best: previous, evaluations: evaluations, parameters: &parameters)
  }

  private mutating func zoom(
    low: LinePoint, high: LinePoint, origin: LinePoint, evaluations: Int,
    parameters: inout [Scalar], evaluate: Evaluate
  ) -> LineSearchResult {
    var low = low
    var high = high
    var evaluations = evaluations
    let directionSize = maxAbs(work.direction)
    while evaluations < settings.maxLineSearchEvaluations {
      let width = abs(high.step - low.step)
      if width * directionSize <= settings.changeTolerance { break }
      let left = min(low.step, high.step)
      let right = max(low.step, high.step)
      var step = high.loss.isFinite ? Self.cubicMinimizer(low, high) ?? .nan : .nan
      if !(step > left + 0.1 * width && step < right - 0.1 * width) { step = (left + right) / 2 }
      let current = probe(step, parameters: &parameters, evaluate: evaluate)
      evaluations += 1
      if !current.loss.isFinite
        || current.loss > origin.loss + settings.sufficientDecrease * step * origin.slope
        || current.loss >= low.loss
      {
        high = current
      } else {
        if abs(current.slope) <= -settings.curvature * origin.slope {
          return LineSearchResult(
            accepted: true, step: step, loss: current.loss, evaluations: evaluations)
        }
        if current.slope * (high.step - low.step) >= 0 { high = low }
        low = current
      }
    }
    return fail(best: low, evaluations: evaluations, parameters: &parameters)
  }

  /// Moves `parameters` to the best point found and reports failure.
  private mutating func fail(
    best: LinePoint, evaluations: Int, parameters: inout [Scalar]
  ) -> LineSearchResult {
    moveAlongDirection(best.step, parameters: &parameters)
    return LineSearchResult(
      accepted: false, step: best.step, loss: best.loss, evaluations: evaluations)
  }

  /// Evaluates φ and φ' at `step`, leaving the parameters there.
  /// Takes the trial step without a search; it is accepted whenever the loss stays finite.
  mutating func fixedStep(_ step: Double, parameters: inout [Scalar], evaluate: Evaluate)
    -> LineSearchResult
  {
    let point = probe(step, parameters: &parameters, evaluate: evaluate)
    return LineSearchResult(
      accepted: point.loss.isFinite, step: step, loss: point.loss, evaluations: 1)
  }

  private mutating func probe(
    _ step: Double, parameters: inout [Scalar], evaluate: Evaluate
  ) -> LinePoint {
    moveAlongDirection(step, parameters: &parameters)
    let loss = evaluateAt(parameters, trial: true, evaluate)
    return LinePoint(step: step, loss: loss, slope: dot(work.trialGradient, work.direction))
  }

  /// Sets `parameters = start + step · direction`.
  private func moveAlongDirection(_ step: Double, parameters: inout [Scalar]) {
    let alpha = Scalar(step)
    for i in parameters.indices {
      parameters[i] = work.start[i] + alpha * work.direction[i]
    }
  }

  /// The minimiser of the cubic interpolating φ and φ' at `a` and `b`, or nil when the cubic has
  /// no real minimiser.
  static func cubicMinimizer(_ a: LinePoint, _ b: LinePoint) -> Double? {
    guard a.step != b.step else { return nil }
    let d1 = a.slope + b.slope - 3 * (a.loss - b.loss) / (a.step - b.step)
    let discriminant = d1 * d1 - a.slope * b.slope
    guard discriminant >= 0 else { return nil }
    let d2 = (b.step > a.step ? 1.0 : -1.0) * discriminant.squareRoot()
    let denominator = b.slope - a.slope + 2 * d2
    guard denominator != 0 else { return nil }
    let result = b.step - (b.step - a.step) * (b.slope + d2 - d1) / denominator
    return result.isFinite ? result : nil
  }
}
