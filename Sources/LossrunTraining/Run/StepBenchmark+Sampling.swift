import LossrunEngine

extension StepBenchmark {
  /// What one sampler's draws cost: the median milliseconds of drawing its points (placing,
  /// rejecting, converting) and loading them into the plan, as a step it is due does, and how
  /// often it is due.
  public struct SamplerTiming: Sendable {
    /// The sampler's name.
    public var name: String
    /// Its points per draw.
    public var points: Int
    /// Steps between draws: 1 every step, 0 only before the first step (a grid or listed
    /// points that are never redrawn, and adaptive samplers, whose points move at their updates
    /// instead: see `adapt` in the docs; not timed here).
    public var every: Int
    /// Median milliseconds of one draw; nil for an adaptive sampler.
    public var drawMilliseconds: Double?

    /// The draw's cost spread over the steps: one draw every `every` steps, nothing for a
    /// sampler drawn only once.
    public var millisecondsPerStep: Double {
      guard every > 0, let drawMilliseconds else { return 0 }
      return drawMilliseconds / Double(every)
    }
  }

  /// Each sampler's draw time, timed `steps` times after `warmup` untimed draws.
  static func timeSamplers<S: EngineScalar>(
    _ loop: TrainingLoop<S>, _ steps: Int, _ warmup: Int, clock: ContinuousClock
  ) throws -> [SamplerTiming] {
    try loop.samplers.entries.indices.map { index in
      let entry = loop.samplers.entries[index]
      guard entry.adaptive == nil else {
        return SamplerTiming(
          name: entry.name, points: entry.batch.count, every: 0, drawMilliseconds: nil)
      }
      var samples: [Double] = []
      for draw in 0..<(warmup + steps) {
        let start = clock.now
        try loop.samplers.redrawForBenchmark(index, into: loop.plan)
        if draw >= warmup { samples.append(TrainingLoop<S>.seconds(clock.now - start)) }
      }
      samples.sort()
      return SamplerTiming(
        name: entry.name, points: entry.batch.count, every: max(0, entry.resampleEvery),
        drawMilliseconds: samples[samples.count / 2] * 1000)
    }
  }
}
