import LossrunEngine

extension TrainingLoop {
  /// The loop's state after `step` completed steps, as a checkpoint (allocates: checkpoint
  /// steps only).
  func checkpoint(
    step: Int, elapsedSeconds: Double, metricsBytes: Int, identity: RunIdentity
  ) -> TrainingCheckpoint<S> {
    let total = problem.spec.training.steps
    let active: String
    switch optimizer(at: step) {
    case .adam: active = "adam"
    case .sgd: active = "sgd"
    case .lbfgs: active = "lbfgs"
    }
    return TrainingCheckpoint(
      identity: identity, step: step, totalSteps: total, finished: step >= total,
      elapsedSeconds: elapsedSeconds, metricsBytes: metricsBytes,
      parameters: Array(plan.parameters), activeOptimizer: active, adam: adam, sgd: sgd,
      lbfgs: lbfgs, weighting: weightingState,
      samplers: zip(samplers.savedStreams, samplers.savedAdaptiveStates).map {
        .init(name: $0.name, stream: $0.stream, adaptive: $1)
      },
      aggregator: aggregator == nil ? nil : aggregatorState,
      pointWeighting: pointWeighting?.state)
  }

  /// Puts the loop in the state `checkpoint` saved: parameters, optimizers, weighting and
  /// aggregator state and
  /// the samplers' points and streams. Throws when it does not fit this loop (the identity
  /// check before it rules that out for checkpoints lossrun wrote).
  func restore(_ checkpoint: TrainingCheckpoint<S>) throws {
    guard checkpoint.parameters.count == plan.parameters.count,
      checkpoint.samplers.map(\.name) == samplers.savedStreams.map(\.name),
      checkpoint.weighting.weights.count == weightValues.count,
      (checkpoint.adam == nil) == (adam == nil), (checkpoint.sgd == nil) == (sgd == nil),
      (checkpoint.lbfgs == nil) == (lbfgs == nil),
      (checkpoint.aggregator == nil) == (aggregator == nil),
      (checkpoint.pointWeighting == nil) == (pointWeighting == nil)
    else {
      throw TrainingError("the checkpoint does not fit this spec's network, samplers or terms")
    }
    for index in checkpoint.parameters.indices {
      plan.parameters[index] = checkpoint.parameters[index]
    }
    adam = checkpoint.adam
    sgd = checkpoint.sgd
    lbfgs = checkpoint.lbfgs
    weightingState = checkpoint.weighting
    aggregatorState = checkpoint.aggregator ?? .stateless
    weightValues = weightingState.weights
    engineWeights = weightingState.weights.map { S($0) }
    try samplers.restore(
      checkpoint.samplers.map(\.stream), adaptive: checkpoint.samplers.map(\.adaptive), plan: plan)
    if let saved = checkpoint.pointWeighting { pointWeighting?.restore(saved) }
  }
}
