import LossrunCheck
import LossrunEngine

/// The adaptive part of one sampler (`adapt:`): its current points, its candidate stream and
/// the engine set where candidates are evaluated.
///
/// At an update step the candidates (a fresh uniform pool for RAR and RAD, the current points
/// for R3) are loaded into the plan's candidate set, one forward pass without parameter
/// gradients evaluates every residual component of the sampler's terms there
/// (``Plan/evaluateProbes(on:)``), and ``PointAdaptation`` picks the new points from the
/// per-point sum of |r|. RAR appends its picks and grows the training set (within the capacity
/// lowering reserved); RAD replaces every point by its picks; R3 keeps the points above the
/// mean and fills up with fresh uniform points.
struct AdaptiveSampler<S: EngineScalar> {
  /// What a checkpoint keeps of an adaptive sampler: its points and its streams.
  struct Saved: Codable {
    var count: Int
    var points: [S]
    var normals: [S]
    var candidates: UnitCubeSampler
    var choices: RandomGenerator
    var updates: Int
  }

  let adaptation: CheckedAdaptation
  let slot: LoweredProblem.CandidateSlot
  let dimension: Int
  let hasNormals: Bool
  /// Draws the candidates: the pool (RAR, RAD) or the fresh points (R3).
  var candidates: RegionSampler
  var candidateBatch: PointBatch<S>
  /// The random stream of RAD's draws.
  var choices: RandomGenerator
  /// The current points and normals, row-major, `count` of them.
  var points: [S] = []
  var normals: [S] = []
  var count = 0
  /// Updates made so far, and the seconds the last one took (candidate draw, forward pass
  /// and choice).
  var updates = 0
  var lastUpdateSeconds = 0.0

  init(
    adaptation: CheckedAdaptation, slot: LoweredProblem.CandidateSlot, candidates: RegionSampler,
    seed: UInt64, name: String
  ) {
    self.adaptation = adaptation
    self.slot = slot
    self.candidates = candidates
    dimension = candidates.geometry.dimension
    hasNormals = candidates.hasNormals
    candidateBatch = candidates.makeBatch(S.self)
    choices = RandomGenerator(seed: seed, streamName: "sampler:" + name + ":choices")
  }

  /// Takes the sampler's first draw as the current points.
  mutating func start(with batch: PointBatch<S>) {
    points = batch.points
    normals = batch.normals
    count = batch.count
  }

  /// The residual magnitude of every point of the candidate set at the plan's parameters: the
  /// sum of |r| over the probes, from one forward pass.
  func magnitudes(_ plan: Plan<S>, count: Int) -> [Double] {
    plan.evaluateProbes(on: slot.pointSet)
    var sum = [Double](repeating: 0, count: count)
    for probe in slot.probes {
      let values = plan.probeValues(probe)
      for j in 0..<count { sum[j] += Swift.abs(Double(values[j])) }
    }
    return sum
  }

  /// Adapts the current points at the plan's parameters (see the type's documentation).
  mutating func update(_ plan: Plan<S>) throws(SamplingError) {
    let clock = ContinuousClock()
    let start = clock.now
    switch adaptation.method {
    case .rar(let add):
      try drawCandidates(into: plan)
      let picks = PointAdaptation.largest(magnitudes(plan, count: candidateBatch.count), count: add)
      append(picks, from: candidateBatch)
    case .rad(let k, let c):
      try drawCandidates(into: plan)
      let picks = PointAdaptation.redistribution(
        magnitudes(plan, count: candidateBatch.count), count: count, k: k, c: c,
        generator: &choices)
      points = []
      normals = []
      count = 0
      append(picks, from: candidateBatch)
    case .r3:
      load(points: points, normals: normals, into: slot.pointSet, plan)
      let kept = PointAdaptation.retained(magnitudes(plan, count: count))
      var current = PointBatch<S>(dimension: dimension, count: count, hasNormals: hasNormals)
      current.points = points
      current.normals = normals
      points = []
      normals = []
      let population = count
      count = 0
      append(kept, from: current)
      if count < population {
        try candidates.sample(into: &candidateBatch)
        append(Array(0..<(population - count)), from: candidateBatch)
      }
    }
    updates += 1
    let elapsed = (clock.now - start).components
    lastUpdateSeconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
  }

  /// Draws a fresh pool into the candidate batch and loads it into the candidate set.
  private mutating func drawCandidates(into plan: Plan<S>) throws(SamplingError) {
    try candidates.sample(into: &candidateBatch)
    load(points: candidateBatch.points, normals: candidateBatch.normals, into: slot.pointSet, plan)
  }

  private func load(points: [S], normals: [S], into set: PointSetID, _ plan: Plan<S>) {
    plan.setPoints(set, coordinates: points)
    if hasNormals { plan.setVectors(set, field: 0, values: normals) }
  }

  /// Appends points `indices` of `batch` to the current points.
  private mutating func append(_ indices: [Int], from batch: PointBatch<S>) {
    for index in indices {
      points += batch.point(index)
      if hasNormals { normals += batch.normal(index) }
    }
    count += indices.count
  }

  /// Loads the current points into the training set `set` (its count first).
  func loadCurrent(into set: PointSetID, _ plan: Plan<S>) {
    plan.setPointCount(set, count)
    load(points: points, normals: normals, into: set, plan)
  }

  /// The state a checkpoint saves.
  var saved: Saved {
    Saved(
      count: count, points: points, normals: normals, candidates: candidates.state,
      choices: choices, updates: updates)
  }

  /// Restores a state saved by ``saved``; false when it does not fit this sampler.
  mutating func restore(_ saved: Saved) -> Bool {
    guard saved.count >= 1, saved.points.count == saved.count * dimension,
      saved.normals.count == (hasNormals ? saved.count * dimension : 0)
    else { return false }
    count = saved.count
    points = saved.points
    normals = saved.normals
    candidates.state = saved.candidates
    choices = saved.choices
    updates = saved.updates
    return true
  }
}
