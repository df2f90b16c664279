import LossrunEngine
import LossrunReport

extension TrainingLoop {
  /// What a finished (or interrupted) loop produced.
  struct Outcome {
    var stepsCompleted: Int
    var seconds: Double
    var finalLosses: [Double]
    var finalWeights: [Double]
    /// The learnable spec parameters' final values, in engine scalar order.
    var finalParameters: [Double]
    var finalErrors: EvaluationErrors?
    var interrupted: Bool
    var nonFiniteLoss: NonFiniteLoss?
  }

  /// Where a run starts and how it saves checkpoints.
  struct Continuation {
    /// The first step to take (0, or the step of the checkpoint resumed from).
    var firstStep = 0
    /// Training seconds before this process (a resumed run's clock continues from them).
    var elapsedBefore = 0.0
    /// Save a checkpoint after every this many completed steps (0: only at the end).
    var checkpointEvery = 0
    /// Saves a checkpoint after the given completed steps at the given elapsed seconds.
    var saveCheckpoint: (Int, Double) throws -> Void = { _, _ in }
  }

  /// Runs every step, logging a metrics row at the log interval and at evaluation steps, then
  /// measures the final parameters (one more pass, and the evaluation) and logs them as row
  /// `steps`. Reports every finished step to `observer`. Stops early, cleanly, before a step at
  /// which `shouldStop` returns true (a stop request), and after the first step whose loss is
  /// NaN or infinite (logging that step's row).
  ///
  /// Starts at `continuation`'s first step and saves a checkpoint after every
  /// `checkpointEvery` completed steps before the last, and once at the end, before the final
  /// row (so that a resumed run continues the metrics without it); a run stopped by a
  /// non-finite loss keeps its last checkpoint instead.
  func run(
    recorder: RunRecorder, continuation: Continuation = Continuation(),
    observer: (any TrainingObserver)?, shouldStop: () -> Bool
  ) throws -> Outcome {
    let training = problem.spec.training
    let total = training.steps
    let logEvery = max(training.logEvery, 1)
    let evaluateEvery = problem.spec.evaluation?.every
    let clock = ContinuousClock()
    let start = clock.now
    let before = continuation.elapsedBefore
    let checkpointEvery = continuation.checkpointEvery
    var completed = continuation.firstStep
    var interrupted = false
    var nonFiniteLoss: NonFiniteLoss?
    for step in continuation.firstStep..<max(total, continuation.firstStep) {
      if shouldStop() {
        interrupted = true
        break
      }
      let isLog = step % logEvery == 0
      let isEvaluation = evaluator != nil && evaluateEvery.map { step % $0 == 0 } == true
      let learningRate = schedule.learningRate(at: step, base: baseLearningRate)
      copyLearnedValues()
      let errors = try self.step(step, perTermWanted: isLog, evaluate: isEvaluation)
      completed = step + 1
      let elapsed = before + Self.seconds(clock.now - start)
      if let term = lossValues.firstIndex(where: { !$0.isFinite }) {
        nonFiniteLoss = NonFiniteLoss(
          step: step, term: term, termName: problem.termNames[term], value: lossValues[term])
      }
      if isLog || isEvaluation || nonFiniteLoss != nil {
        try recorder.append(
          row(
            step: step, elapsed: elapsed, learningRate: learningRate, errors,
            hasUpdate: lastStepWasPerTerm))
      }
      observer?.stepFinished(
        TrainingProgress(
          step: step, elapsedSeconds: elapsed, isLogged: isLog || isEvaluation,
          losses: lossValues, weights: weightValues, evaluation: errors))
      if nonFiniteLoss != nil { break }
      if checkpointEvery > 0, completed % checkpointEvery == 0, completed < total {
        try continuation.saveCheckpoint(completed, elapsed)
      }
    }
    let seconds = before + Self.seconds(clock.now - start)
    if nonFiniteLoss == nil { try continuation.saveCheckpoint(completed, seconds) }
    // The final parameters: one per-term pass for their losses and statistics, and evaluation.
    computeFinalState()
    let finalErrors = evaluator?.evaluate(plan)
    let finalLearningRate = schedule.learningRate(at: completed, base: baseLearningRate)
    try recorder.append(
      row(
        step: completed, elapsed: seconds, learningRate: finalLearningRate, finalErrors,
        hasUpdate: false))
    return Outcome(
      stepsCompleted: completed, seconds: seconds, finalLosses: lossValues,
      finalWeights: weightValues, finalParameters: learnedValues, finalErrors: finalErrors,
      interrupted: interrupted, nonFiniteLoss: nonFiniteLoss)
  }

  /// The per-term pass at the current parameters, without a weighting update.
  func computeFinalState() {
    copyLearnedValues()
    lastStepWasPerTerm = true
    plan.computePerTermGradients()
    copyLosses()
    pointWeighting?.readPointLosses(plan)
  }

  /// The metrics row of the last pass; `hasUpdate` says that ``gradient`` holds the update
  /// direction of that pass (a per-term training step, not the final pass).
  func row(
    step: Int, elapsed: Double, learningRate: Double, _ errors: EvaluationErrors?,
    hasUpdate: Bool
  ) -> MetricsRow {
    var row = MetricsRow(
      step: step, elapsedSeconds: elapsed, learningRate: learningRate, losses: lossValues,
      weights: weightValues, relativeL2: errors?.relativeL2, maxError: errors?.maxError)
    if lastStepWasPerTerm {
      termStatistics.refresh(from: plan)
      let summaries = (0..<plan.termCount).map { termStatistics.summary(group: $0, scope: .all) }
      row.meanAbsGradient = summaries.map(\.meanAbsolute)
      row.maxAbsGradient = summaries.map(\.maximumAbsolute)
      row.gradientNorm = summaries.map(\.norm)
      if termStatistics.request.includesGramian {
        let conflict = gradientConflict(hasUpdate: hasUpdate)
        row.pairCosines = conflict.pairCosines
        row.alignment = conflict.alignment
        row.updateCosines = conflict.updateCosines
      }
    }
    if let pointWeighting { row.pointWeightValues = pointWeighting.columnValues }
    row.parameterValues = learnedValues
    return row
  }

  /// The columns of this run's `metrics.csv`: the terms, the evaluated outputs, the per-point
  /// rule's columns and the learnable spec parameters.
  var metricsColumns: MetricsColumns {
    MetricsColumns(
      termNames: problem.termNames, evaluationNames: problem.evaluation?.data.names ?? [],
      pointWeightNames: pointWeighting?.columnNames ?? [],
      parameterNames: problem.learnableParameterNames)
  }

  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}

extension TrainingLoop {
  /// What the metrics rows read after a per-term pass: each term on its own, and the Gramian of
  /// the term gradients when there are two or more terms (the gradient-conflict columns).
  ///
  /// The Gramian costs m(m+1)/2 dot products over all parameters for m terms, and the update
  /// cosines m + 1 more, only on log steps; the per-term summaries are unchanged by it.
  static func metricsRequest(_ plan: Plan<S>) -> GradientStatisticsRequest {
    var request = GradientStatisticsRequest.eachTerm(plan.termCount)
    request.includesGramian = plan.termCount >= 2
    return request
  }

  /// The gradient-conflict diagnostics of the last per-term pass, from ``termStatistics``'
  /// Gramian (refreshed), and, when `hasUpdate`, the update direction in ``gradient``.
  func gradientConflict(hasUpdate: Bool) -> GradientConflict {
    let m = plan.termCount
    var gramian = [Double](repeating: 0, count: m * m)
    for a in 0..<m {
      for b in 0..<m { gramian[a * m + b] = termStatistics.gramian(a, b) }
    }
    guard hasUpdate else { return GradientConflict(gramian: gramian, termCount: m) }
    let update = UnsafeBufferPointer(gradient)
    let dots = (0..<m).map { Self.dot(update, plan.gradient(of: TermID(index: $0))) }
    let norm = Self.dot(update, update).squareRoot()
    return GradientConflict(gramian: gramian, termCount: m, updateDots: dots, updateNorm: norm)
  }

  /// `Σ x·y` in `Double`, in index order (a diagnostic: independent of the vector width).
  static func dot(_ x: UnsafeBufferPointer<S>, _ y: UnsafeBufferPointer<S>) -> Double {
    var sum = 0.0
    for i in 0..<min(x.count, y.count) { sum += Double(x[i]) * Double(y[i]) }
    return sum
  }
}
