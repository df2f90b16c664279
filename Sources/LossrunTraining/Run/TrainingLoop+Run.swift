import LossrunEngine
import LossrunReport

extension TrainingLoop {
  /// What a finished (or interrupted) loop produced.
  struct Outcome {
    var stepsCompleted: Int
    var seconds: Double
    var finalLosses: [Double]
    var finalWeights: [Double]
    var finalErrors: EvaluationErrors?
    var interrupted: Bool
    var nonFiniteLoss: NonFiniteLoss?
  }

  /// Runs every step, logging a metrics row at the log interval and at evaluation steps, then
  /// measures the final parameters (one more pass, and the evaluation) and logs them as row
  /// `steps`. Reports every finished step to `observer`. Stops early, cleanly, before a step at
  /// which `shouldStop` returns true (a stop request), and after the first step whose loss is
  /// NaN or infinite (logging that step's row).
  func run(
    recorder: RunRecorder, observer: (any TrainingObserver)?, shouldStop: () -> Bool
  ) throws -> Outcome {
    let training = problem.spec.training
    let total = training.steps
    let logEvery = max(training.logEvery, 1)
    let evaluateEvery = problem.spec.evaluation?.every
    let clock = ContinuousClock()
    let start = clock.now
    var completed = 0
    var interrupted = false
    var nonFiniteLoss: NonFiniteLoss?
    for step in 0..<total {
      if shouldStop() {
        interrupted = true
        break
      }
      let isLog = step % logEvery == 0
      let isEvaluation = evaluator != nil && evaluateEvery.map { step % $0 == 0 } == true
      let learningRate = schedule.learningRate(at: step, base: baseLearningRate)
      let errors = try self.step(step, perTermWanted: isLog, evaluate: isEvaluation)
      completed = step + 1
      let elapsed = Self.seconds(clock.now - start)
      if let term = lossValues.firstIndex(where: { !$0.isFinite }) {
        nonFiniteLoss = NonFiniteLoss(
          step: step, term: term, termName: problem.termNames[term], value: lossValues[term])
      }
      if isLog || isEvaluation || nonFiniteLoss != nil {
        try recorder.append(row(step: step, elapsed: elapsed, learningRate: learningRate, errors))
      }
      observer?.stepFinished(
        TrainingProgress(
          step: step, elapsedSeconds: elapsed, isLogged: isLog || isEvaluation,
          losses: lossValues, weights: weightValues, evaluation: errors))
      if nonFiniteLoss != nil { break }
    }
    let seconds = Self.seconds(clock.now - start)
    // The final parameters: one per-term pass for their losses and statistics, and evaluation.
    computeFinalState()
    let finalErrors = evaluator?.evaluate(plan)
    let finalLearningRate = schedule.learningRate(at: completed, base: baseLearningRate)
    try recorder.append(
      row(step: completed, elapsed: seconds, learningRate: finalLearningRate, finalErrors))
    return Outcome(
      stepsCompleted: completed, seconds: seconds, finalLosses: lossValues,
      finalWeights: weightValues, finalErrors: finalErrors, interrupted: interrupted,
      nonFiniteLoss: nonFiniteLoss)
  }

  /// The per-term pass at the current parameters, without a weighting update.
  func computeFinalState() {
    lastStepWasPerTerm = true
    plan.computePerTermGradients()
    copyLosses()
  }

  /// The metrics row of the last pass.
  func row(step: Int, elapsed: Double, learningRate: Double, _ errors: EvaluationErrors?)
    -> MetricsRow
  {
    var row = MetricsRow(
      step: step, elapsedSeconds: elapsed, learningRate: learningRate, losses: lossValues,
      weights: weightValues, relativeL2: errors?.relativeL2, maxError: errors?.maxError)
    if lastStepWasPerTerm {
      termStatistics.refresh(from: plan)
      let summaries = (0..<plan.termCount).map { termStatistics.summary(group: $0, scope: .all) }
      row.meanAbsGradient = summaries.map(\.meanAbsolute)
      row.maxAbsGradient = summaries.map(\.maximumAbsolute)
      row.gradientNorm = summaries.map(\.norm)
    }
    return row
  }

  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}
