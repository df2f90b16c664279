import LossrunCheck
import LossrunEngine

/// Times training steps of any spec (`lossrun bench SPEC --points N`): the per-term step
/// (per-term gradients, combined with the weights) and the summed step (one weighted cotangent),
/// each including the resampling of every sampler and the Adam update; the training step with
/// the spec's own weighting (its rule's statistics and updates, its aggregator's direction,
/// whatever pass the step needs); and the NTK weight update (the engine's Jacobian-norm pass
/// and the rule's update) at the spec's `ntk` batch; then each sampler's draw on its own (the
/// share of a step that sampling takes, such as a CSG domain's rejection sampling).
public enum StepBenchmark {
  /// The timings of one benchmark.
  public struct Result: Sendable {
    /// Points per sampler.
    public var points: Int
    /// The precision timed.
    public var precision: String
    /// Engine threads.
    public var threads: Int
    /// Median milliseconds of a per-term step.
    public var perTermMilliseconds: Double
    /// Median milliseconds of a summed step.
    public var summedMilliseconds: Double
    /// Median milliseconds of a training step with the spec's weighting rule and aggregator:
    /// the per-term step plus what the rule and aggregator add, or the summed step on the steps
    /// a rule without an aggregator needs no statistics.
    public var weightedMilliseconds: Double
    /// The weighting the weighted step ran (``CheckedSpec/weightingName``: `annealing+upgrad`).
    public var weighting: String
    /// Matrix-multiply GFLOP/s of the per-term step (flops counted from the plan).
    public var perTermGFLOPs: Double
    /// Points per term of the NTK weight update: the spec's `ntk` batch, or the rule's default
    /// for a spec with another rule (capped by each sampler's points).
    public var ntkBatch: Int
    /// Median milliseconds of one NTK weight update (what an update step adds to a step).
    public var ntkUpdateMilliseconds: Double
    /// Each sampler's draw time and how often it draws (the steps above include the draws).
    public var samplers: [SamplerTiming]

    /// The milliseconds all samplers' draws add to a step, averaged over their periods.
    public var samplingMillisecondsPerStep: Double {
      samplers.reduce(0) { $0 + $1.millisecondsPerStep }
    }
  }

  /// Times `steps` steps of each kind after `warmup` untimed ones, with every sampler set to
  /// `points` points.
  public static func run(
    spec: CheckedSpec, points: Int, steps: Int = 200, warmup: Int = 20,
    options: RunOptions = RunOptions()
  ) throws -> Result {
    guard points >= 1 else { throw TrainingError("--points must be at least 1") }
    guard steps >= 1, warmup >= 0 else { throw TrainingError("--steps must be at least 1") }
    let spec = try options.applied(to: spec).benchmarking(pointsPerSampler: points)
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    switch spec.training.precision {
    case .float32:
      return try time(problem, Float.self, points, steps, warmup, options.threads)
    case .float64:
      return try time(problem, Double.self, points, steps, warmup, options.threads)
    }
  }

  static func time<S: EngineScalar>(
    _ problem: LoweredProblem, _: S.Type, _ points: Int, _ steps: Int, _ warmup: Int,
    _ threads: Int
  ) throws -> Result {
    let loop = try TrainingLoop<S>(problem: problem, threads: threads)
    // The spec's Adam, or (for an SGD or L-BFGS spec) one with the usual settings: only the cost
    // of the update is timed.
    var adam =
      loop.adam
      ?? AdamOptimizer(
        settings: .init(
          beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0, weightDecayMode: .l2))
    let clock = ContinuousClock()
    var step = 0
    func measure(perTerm: Bool) throws -> Double {
      var samples: [Double] = []
      for index in 0..<(warmup + steps) {
        let start = clock.now
        try loop.samplers.refresh(step: step, plan: loop.plan)
        if perTerm {
          loop.plan.computePerTermGradients()
          loop.plan.combineGradients(weights: loop.engineWeights, into: loop.gradient)
        } else {
          loop.plan.computeSummedGradient(weights: loop.engineWeights)
        }
        adam.step(
          parameters: loop.plan.parameters,
          gradient: UnsafeBufferPointer(loop.currentGradient(perTerm)), learningRate: 1e-4)
        if index >= warmup { samples.append(TrainingLoop<S>.seconds(clock.now - start)) }
        step += 1
      }
      samples.sort()
      return samples[samples.count / 2] * 1000
    }
    let perTerm = try measure(perTerm: true)
    let summed = try measure(perTerm: false)
    let weighted = try timeWeightedStep(loop, steps, warmup, clock: clock)
    let (ntkBatch, ntkUpdate) = try timeNTKUpdate(loop, steps, warmup, clock: clock)
    let samplers = try timeSamplers(loop, steps, warmup, clock: clock)
    let flops = Double(loop.plan.matmulFlopsPerStep)
    return Result(
      points: points, precision: S.self == Float.self ? "float32" : "float64", threads: threads,
      perTermMilliseconds: perTerm, summedMilliseconds: summed,
      weightedMilliseconds: weighted, weighting: problem.spec.weightingName,
      perTermGFLOPs: perTerm > 0 ? flops / (perTerm * 1e6) : 0, ntkBatch: ntkBatch,
      ntkUpdateMilliseconds: ntkUpdate, samplers: samplers)
  }

  /// The median milliseconds of the loop's own training step (resampling, the pass the step
  /// needs, the weighting rule, the aggregator, the optimizer update; no evaluation), after
  /// `warmup` untimed ones.
  static func timeWeightedStep<S: EngineScalar>(
    _ loop: TrainingLoop<S>, _ steps: Int, _ warmup: Int, clock: ContinuousClock
  ) throws -> Double {
    var samples: [Double] = []
    for index in 0..<(warmup + steps) {
      let start = clock.now
      _ = try loop.step(index, perTermWanted: false, evaluate: false)
      if index >= warmup { samples.append(TrainingLoop<S>.seconds(clock.now - start)) }
    }
    samples.sort()
    return samples[samples.count / 2] * 1000
  }

  /// The median milliseconds of an NTK weight update at the spec's batch (after resampling, so
  /// the points change between updates as in training), and that batch.
  static func timeNTKUpdate<S: EngineScalar>(
    _ loop: TrainingLoop<S>, _ steps: Int, _ warmup: Int, clock: ContinuousClock
  ) throws -> (batch: Int, milliseconds: Double) {
    let rule: NTKWeighting
    if case .ntk(let spec) = loop.rule {
      rule = spec
    } else {
      var batch = 300
      if case .number(let value) = WeightingCatalogue.rule(named: "ntk")?.settings
        .first(where: { $0.key == "batch" })?.defaultValue
      {
        batch = Int(value)
      }
      rule = try NTKWeighting(
        termCount: loop.plan.termCount,
        settings: .init(every: 1, batch: batch, ema: 1, trace: .sum, epsilon: 0))
    }
    var state = rule.makeInitialState()
    var samples: [Double] = []
    for index in 0..<(warmup + steps) {
      try loop.samplers.refresh(step: index, plan: loop.plan)
      let start = clock.now
      let norms = loop.computeJacobianNorms(batch: rule.settings.batch)
      rule.update(
        step: 0, traces: (0..<loop.plan.termCount).map { norms.trace(of: $0) },
        counts: norms.counts, state: &state)
      if index >= warmup { samples.append(TrainingLoop<S>.seconds(clock.now - start)) }
    }
    samples.sort()
    return (rule.settings.batch, samples[samples.count / 2] * 1000)
  }
}
