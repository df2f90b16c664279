import LossrunEngine

extension TrainingLoop {
  /// One training step at `step`: refresh the due samplers, one pass of the plan, weights,
  /// evaluation (when `evaluate`), optimizer update. Returns the evaluation errors, if any.
  ///
  /// The per-term pass runs when the weighting rule reads gradient statistics at this step, an
  /// aggregator is active (every step) or the step is logged (`perTermWanted`); its per-term gradients both update the weights and,
  /// combined with them, make the update. Other steps replay the plan once in summed mode with
  /// the current weights, which is the same update at lower cost.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  func step(_ step: Int, perTermWanted: Bool, evaluate: Bool) throws -> EvaluationErrors? {
    try samplers.refresh(step: step, plan: plan)
    pointWeighting?.prepare(step: step, plan: plan, samplers: samplers)
    let optimizer = optimizer(at: step)
    let perTerm = perTermWanted || aggregator != nil || ruleNeedsStatistics(atStep: step)
    var errors: EvaluationErrors?
    if perTerm || optimizer != .lbfgs {
      computeGradient(step: step, perTerm: perTerm)
      if evaluate { errors = evaluator?.evaluate(plan) }
    }
    let learningRate = schedule.learningRate(at: step, base: baseLearningRate)
    switch optimizer {
    case .adam:
      adam?.step(
        parameters: plan.parameters, gradient: UnsafeBufferPointer(currentGradient(perTerm)),
        learningRate: learningRate)
    case .sgd:
      sgd?.step(
        parameters: plan.parameters, gradient: UnsafeBufferPointer(currentGradient(perTerm)),
        learningRate: learningRate)
    case .lbfgs:
      lbfgsStep(lossesKnown: perTerm)
      if evaluate && errors == nil { errors = evaluator?.evaluate(plan) }
    }
    pointWeighting?.update(step: step, plan: plan, termWeights: weightValues)
    return errors
  }

  /// Replays the plan once at the current parameters: per term (then updates the weighting and
  /// combines the gradients into ``gradient``) or summed with the current weights.
  func computeGradient(step: Int, perTerm: Bool) {
    lastStepWasPerTerm = perTerm
    updateJacobianNormWeighting(step: step)
    if perTerm {
      plan.computePerTermGradients()
      copyLosses()
      if ruleNeedsStatistics(atStep: step) { ruleStatistics.refresh(from: plan) }
      updateWeighting(step: step)
      loadWeights()
      if let aggregator {
        aggregate(with: aggregator)
      } else {
        plan.combineGradients(weights: engineWeights, into: gradient)
      }
    } else {
      plan.computeSummedGradient(weights: engineWeights)
      copyLosses()
      updateWeighting(step: step)
      loadWeights()
    }
  }

  /// The gradient of the last pass.
  func currentGradient(_ perTerm: Bool) -> UnsafeMutableBufferPointer<S> {
    perTerm ? gradient : UnsafeMutableBufferPointer(mutating: plan.summedGradient)
  }

  /// One L-BFGS step on the weighted loss with the current weights (its line search replays the
  /// plan in summed mode as often as it needs).
  func lbfgsStep(lossesKnown: Bool) {
    for i in lbfgsParameters.indices { lbfgsParameters[i] = plan.parameters[i] }
    var first = !lossesKnown
    let plan = self.plan
    let weights = engineWeights
    _ = lbfgs?.step(parameters: &lbfgsParameters) { trial, gradientOut in
      for i in 0..<trial.count { plan.parameters[i] = trial[i] }
      plan.computeSummedGradient(weights: weights)
      let summed = plan.summedGradient
      for i in 0..<gradientOut.count { gradientOut[i] = summed[i] }
      var total = 0.0
      for (index, loss) in plan.losses.enumerated() {
        total += Double(weights[index]) * Double(loss)
      }
      if first {
        first = false
        self.copyLosses()
      }
      return total
    }
    for i in lbfgsParameters.indices { plan.parameters[i] = lbfgsParameters[i] }
  }

  /// Copies the learnable scalars' current values into ``learnedValues`` (before a step, so
  /// that they are the values its losses are measured at).
  func copyLearnedValues() {
    let parameters = plan.parameters
    for (slot, index) in zip(learnedValues.indices, plan.layout.scalars) {
      learnedValues[slot] = Double(parameters[index])
    }
  }

  func copyLosses() {
    let losses = plan.losses
    for i in lossValues.indices { lossValues[i] = Double(losses[i]) }
  }

  func loadWeights() {
    let weights = weightingState.weights
    for i in weightValues.indices where weightValues[i] != weights[i] {
      weightValues[i] = weights[i]
      engineWeights[i] = S(weights[i])
    }
  }
}
