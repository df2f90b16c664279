import LossrunCheck
import LossrunEngine

/// The training loop of one run in precision `S`: owns the plan, the samplers, the weighting
/// rule and the optimizers, and advances them one step at a time.
///
/// Everything a step touches is allocated here, once; a first-order step refills the due
/// point sets, replays the plan, updates the weights and the parameters, and allocates nothing
/// (the weighting rule itself may allocate at its update steps).
final class TrainingLoop<S: EngineScalar> {
  enum Optimizer {
    case adam, sgd, lbfgs
  }

  let problem: LoweredProblem
  let plan: Plan<S>
  var samplers: SamplerBank<S>
  let rule: CoreWeighting
  var weightingState: WeightingState
  /// The statistics the weighting rule reads (its groups), refreshed at its statistics steps.
  let ruleStatistics: GradientStatistics<S>
  /// Each term's statistics over all parameters, refreshed for the metrics rows, with the
  /// Gramian of the term gradients for the gradient-conflict columns when there are two or more
  /// terms (``metricsRequest(_:)``).
  let termStatistics: GradientStatistics<S>
  /// The spec's gradient aggregator, or nil when the update is Σ w_i g_i.
  let aggregator: SelectedAggregator?
  /// Whether the aggregator combines the gradients scaled by the rule's weights (`combine:`)
  /// rather than the raw ones (an aggregator selected alone).
  let aggregatesScaledGradients: Bool
  /// The aggregator's state (``AggregatorState/stateless`` without an aggregator).
  var aggregatorState: AggregatorState
  /// One group per term with the Gramian, refreshed at every step when an aggregator is active.
  let aggregatorStatistics: GradientStatistics<S>?
  /// The coefficients the aggregator gave the per-term gradients at the last step, in engine
  /// precision (what ``Plan/combineGradients(weights:into:)`` was called with).
  var aggregatorCoefficients: [S]
  let evaluator: Evaluator<S>?
  let schedule: LearningRateSchedule
  let baseLearningRate: Double
  let firstOptimizer: Optimizer
  let lbfgsSwitchStep: Int?
  /// The spec's optimizers: the first one, and L-BFGS when the spec switches to it. Only the
  /// optimizers the spec uses exist.
  var adam: AdamOptimizer<S>?
  var sgd: SGDOptimizer<S>?
  var lbfgs: LBFGSOptimizer<S>?
  var lbfgsParameters: [S]
  /// The combined gradient of a per-term step.
  let gradient: UnsafeMutableBufferPointer<S>
  /// The term weights in engine precision (mirrors ``weightValues``).
  var engineWeights: [S]
  /// The term weights used at the last step.
  var weightValues: [Double]
  /// The unweighted term losses of the last step.
  var lossValues: [Double]
  /// The learnable spec parameters' values at the last step's pass (where its losses were
  /// measured, before its update), in engine scalar order.
  var learnedValues: [Double]
  /// Whether the last step ran the per-term pass (so gradient statistics are available).
  var lastStepWasPerTerm = false
  /// The buffers of the NTK rule's Jacobian-norm pass, made at its first update.
  var jacobianNorms: JacobianNorms<S>?
  /// The spec's per-point rule and its buffers, or nil.
  var pointWeighting: PointWeightingRun<S>?

  init(problem: LoweredProblem, precision: S.Type = S.self, threads: Int) throws {
    let spec = problem.spec
    let seed = UInt64(spec.training.seed)
    self.problem = problem
    plan = try problem.makePlan(S.self, threads: threads, seed: seed)
    samplers = try SamplerBank(problem: problem, seed: seed)
    rule = try Self.makeRule(spec)
    weightingState = rule.makeInitialState()
    ruleStatistics = GradientStatistics(layout: plan.layout, request: rule.statisticsRequest)
    termStatistics = GradientStatistics(layout: plan.layout, request: Self.metricsRequest(plan))
    let termCount = plan.termCount
    let layout = plan.layout
    let selected = spec.aggregator.map { SelectedAggregator($0, termCount: termCount) }
    aggregator = selected
    aggregatesScaledGradients = spec.aggregatesScaledGradients
    aggregatorState =
      selected?.makeInitialState(parameterCount: layout.count, seed: seed) ?? .stateless
    aggregatorStatistics =
      selected?.isGramianWeighting == true
      ? GradientStatistics(
        layout: layout,
        request: GradientStatisticsRequest(
          groups: (0..<termCount).map { [$0] }, summation: .sequential,
          includesGramian: true)) : nil
    aggregatorCoefficients = Array(repeating: 0, count: termCount)
    evaluator = problem.evaluation.map { Evaluator(slot: $0) }
    schedule = Self.schedule(spec.training)
    baseLearningRate = spec.training.learningRate
    switch spec.training.optimizer {
    case .adam(let settings):
      firstOptimizer = .adam
      adam = AdamOptimizer(
        settings: .init(
          beta1: settings.beta1, beta2: settings.beta2, epsilon: settings.epsilon,
          weightDecay: settings.weightDecay,
          weightDecayMode: settings.weightDecay > 0 ? .decoupled : .l2))
    case .sgd(let settings):
      firstOptimizer = .sgd
      sgd = SGDOptimizer(
        settings: .init(
          momentum: settings.momentum, dampening: 0, nesterov: settings.nesterov,
          weightDecay: settings.weightDecay, weightDecayMode: .l2))
    case .lbfgs(let settings):
      firstOptimizer = .lbfgs
      lbfgs = LBFGSOptimizer(
        settings: Self.lbfgsSettings(settings, learningRate: spec.training.learningRate))
    }
    lbfgsSwitchStep = spec.training.switchToLBFGS?.step
    if let switchSettings = spec.training.switchToLBFGS {
      lbfgs = LBFGSOptimizer(settings: Self.lbfgsSettings(switchSettings.settings, learningRate: 1))
    }
    lbfgsParameters = Array(plan.parameters)
    gradient = .allocate(capacity: max(plan.layout.count, 1))
    gradient.initialize(repeating: 0)
    weightValues = weightingState.weights
    engineWeights = weightingState.weights.map { S($0) }
    lossValues = Array(repeating: 0, count: plan.termCount)
    learnedValues = Array(repeating: 0, count: plan.layout.scalars.count)
    pointWeighting = spec.pointWeighting.map {
      PointWeightingRun(
        rule: PointWeighting($0, termNames: problem.termNames), plan: plan, problem: problem)
    }
  }

  deinit { gradient.deallocate() }

  /// The weighting rule of the spec; a term's initial weight is its `weight` setting.
  static func makeRule(_ spec: CheckedSpec) throws -> CoreWeighting {
    let initial = spec.terms.map(\.weight)
    do throws(WeightingError) {
      switch spec.weighting {
      case .fixed:
        return .fixed(try FixedWeighting(weights: initial))
      case .annealing(let annealing):
        return .annealing(
          try LearningRateAnnealing(
            termCount: initial.count,
            settings: AnnealingSettings(annealing, initialWeights: initial)))
      case .gradientNormBalancing(let balancing):
        return .gradientNormBalancing(
          try GradientNormBalancing(
            termCount: initial.count, settings: GradientNormBalancing.Settings(balancing)))
      case .relativeLossBalancing(let balancing):
        return .relativeLossBalancing(
          try RelativeLossBalancing(
            termCount: initial.count,
            settings: .init(
              alpha: balancing.alpha, temperature: balancing.temperature,
              expectedRho: balancing.expectedRho),
            seed: UInt64(spec.training.seed)))
      case .softAdapt(let softAdapt):
        return .softAdapt(try SoftAdapt(termCount: initial.count, epsilon: softAdapt.epsilon))
      case .uncertainty(let uncertainty):
        return .uncertainty(
          try UncertaintyWeighting(
            termCount: initial.count,
            learningRate: uncertainty.learningRate ?? spec.training.learningRate))
      case .gradNorm(let gradNorm):
        return .gradNorm(
          try GradNorm(
            termCount: initial.count,
            settings: GradNorm.Settings(gradNorm, trainingLearningRate: spec.training.learningRate))
        )
      case .ntk(let ntk):
        return .ntk(try NTKWeighting(termCount: initial.count, settings: .init(ntk)))
      }
    } catch {
      throw TrainingError("weighting: \(error.message)", at: spec.weightingRange)
    }
  }

  static func schedule(_ training: CheckedTraining) -> LearningRateSchedule {
    switch training.schedule {
    case .constant: .constant
    case .exponential(let rate, let every, let staircase):
      .exponential(rate: rate, every: every, staircase: staircase)
    case .step(let factor, let every): .step(factor: factor, every: every)
    case .cosine(let minimum): .cosine(steps: training.steps, minimum: minimum)
    }
  }

  static func lbfgsSettings(_ settings: CheckedTraining.LBFGS, learningRate: Double)
    -> LBFGSOptimizer<S>.Settings
  {
    LBFGSOptimizer<S>.Settings(
      historySize: settings.history, maxIterations: settings.maxIterations,
      gradientTolerance: settings.tolerance, learningRate: learningRate,
      usesLineSearch: settings.lineSearch == .strongWolfe)
  }

  /// The optimizer in charge at `step`.
  func optimizer(at step: Int) -> Optimizer {
    if let lbfgsSwitchStep, step >= lbfgsSwitchStep { return .lbfgs }
    return firstOptimizer
  }
}
