extension LBFGSOptimizer {
  /// The loss-and-gradient callback: it reads the parameters from the first buffer, writes the
  /// gradient into the second and returns the loss.
  public typealias Evaluate = (UnsafeBufferPointer<Scalar>, UnsafeMutableBufferPointer<Scalar>)
    -> Double

  /// Runs one L-BFGS step (several iterations) on `parameters`, in place.
  public mutating func step(parameters: inout [Scalar], evaluate: Evaluate) -> StepResult {
    let n = parameters.count
    prepare(count: n)
    let maxEvaluations = settings.maxEvaluations ?? (settings.maxIterations * 5 / 4)
    var loss = evaluateAt(parameters, trial: false, evaluate)
    var result = StepResult(
      initialLoss: loss, finalLoss: loss, iterations: 0, evaluations: 1, reason: .maxIterations)
    guard loss.isFinite, maxAbs(work.gradient).isFinite else {
      result.reason = .nonFinite
      return result
    }
    if maxAbs(work.gradient) <= settings.gradientTolerance {
      result.reason = .gradientTolerance
      return result
    }
    while result.iterations < settings.maxIterations {
      computeDirection()
      var slope = dot(work.gradient, work.direction)
      if !(slope < 0) {  // not a descent direction: restart from steepest descent
        resetHistory()
        computeDirection()
        slope = dot(work.gradient, work.direction)
      }
      let initialStep =
        iterationCount == 0
        ? min(1, 1 / sumAbs(work.gradient)) * settings.learningRate : settings.learningRate
      for i in 0..<n { work.start[i] = parameters[i] }
      let search =
        settings.usesLineSearch
        ? lineSearch(
          parameters: &parameters, loss: loss, slope: slope, initialStep: initialStep,
          evaluate: evaluate)
        : fixedStep(initialStep, parameters: &parameters, evaluate: evaluate)
      result.evaluations += search.evaluations
      result.iterations += 1
      iterationCount += 1
      guard search.accepted else {
        result.reason = .lineSearchFailed
        result.finalLoss = min(loss, search.loss)
        if search.loss > loss {
          for i in 0..<n { parameters[i] = work.start[i] }
        }
        return result
      }
      remember(stepLength: search.step)
      let change = abs(search.loss - loss)
      loss = search.loss
      swap(&work.gradient, &work.trialGradient)
      result.finalLoss = loss
      if maxAbs(work.gradient) <= settings.gradientTolerance {
        result.reason = .gradientTolerance
        return result
      }
      if search.step * maxAbs(work.direction) <= settings.changeTolerance
        || change <= settings.changeTolerance
      {
        result.reason = .changeTolerance
        return result
      }
      if result.evaluations >= maxEvaluations {
        result.reason = .maxEvaluations
        return result
      }
    }
    return result
  }

  /// Sizes the history and work buffers for `n` parameters (allocating only when it changes).
  private mutating func prepare(count n: Int) {
    let history = max(settings.historySize, 1)
    if steps.count != history * n || inverseCurvatures.count != history {
      steps = Array(repeating: 0, count: history * n)
      gradientChanges = Array(repeating: 0, count: history * n)
      inverseCurvatures = Array(repeating: 0, count: history)
      resetHistory()
    }
    if work.gradient.count != n {
      work.start = Array(repeating: 0, count: n)
      work.gradient = Array(repeating: 0, count: n)
      work.trialGradient = Array(repeating: 0, count: n)
      work.direction = Array(repeating: 0, count: n)
    }
    if work.alphas.count != history { work.alphas = Array(repeating: 0, count: history) }
  }

  /// Evaluates the loss at `parameters`, writing the gradient into `work.gradient` (or
  /// `work.trialGradient` when `trial`).
  mutating func evaluateAt(_ parameters: [Scalar], trial: Bool, _ evaluate: Evaluate) -> Double {
    parameters.withUnsafeBufferPointer { p in
      if trial {
        return work.trialGradient.withUnsafeMutableBufferPointer { g in evaluate(p, g) }
      }
      return work.gradient.withUnsafeMutableBufferPointer { g in evaluate(p, g) }
    }
  }
}
