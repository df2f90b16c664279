import LossrunCheck
import LossrunDiagnostics
import LossrunEngine

/// The samplers of a run and their current points, in the engine's precision.
///
/// Each sampler feeding a point set redraws its points at step 0 and then every
/// `resampleEvery` steps (never again when that is 0; every step for a file's mini-batches),
/// and copies them, with their outward normals on boundary samplers and the data columns of the
/// rows served by a file sampler, into the plan. Batches are allocated once; redrawing reuses
/// them. An adaptive sampler (``AdaptiveSampler``) draws at step 0 only and then adapts its
/// points at its update steps, before that step's pass.
struct SamplerBank<S: EngineScalar> {
  struct Entry {
    var sampler: any PointSampler
    var batch: PointBatch<S>
    let pointSet: PointSetID
    let resampleEvery: Int
    let hasNormals: Bool
    let name: String
    let range: SourceRange
    /// Where the data columns go in the point set, and their values per row.
    let dataLayout: DataFieldLayout
    let dataValues: [[Double]]
    /// The data of the current rows, one buffer per vector field.
    var dataFields: [[S]] = []
    /// The point stream as it was before the last draw (what a checkpoint saves).
    var streamBeforeLastDraw: UnitCubeSampler
    /// The adaptive part of an adaptive sampler, or nil.
    var adaptive: AdaptiveSampler<S>? = nil

    /// Draws a fresh batch of points.
    mutating func redraw() throws {
      streamBeforeLastDraw = sampler.state
      do throws(SamplingError) {
        try sampler.sample(into: &batch)
      } catch {
        throw TrainingError("sampler '\(name)': \(error.message)", at: range)
      }
    }
  }

  private(set) var entries: [Entry]

  init(problem: LoweredProblem, seed: UInt64) throws {
    let domain = try ProblemDomain(spec: problem.spec)
    let parameters = problem.spec.parameters.map(\.initial)
    entries = try problem.samplerSlots.map { slot in
      let declaration = problem.spec.samplers[slot.sampler]
      let sampler = try domain.makeSampler(for: declaration, seed: seed, parameters: parameters)
      var values: [[Double]] = []
      if case .file(let file) = declaration.source { values = file.values }
      var entry = Entry(
        sampler: sampler, batch: sampler.makeBatch(S.self), pointSet: slot.pointSet,
        resampleEvery: declaration.refreshEvery, hasNormals: slot.hasNormals,
        name: declaration.name, range: declaration.range, dataLayout: slot.dataLayout,
        dataValues: values, streamBeforeLastDraw: sampler.state)
      if let adaptation = declaration.adaptation, let candidates = slot.candidates {
        let stream = try domain.makeCandidateSampler(
          for: declaration, seed: seed, parameters: parameters, pool: adaptation.pool,
          stream: "candidates")
        entry.adaptive = AdaptiveSampler(
          adaptation: adaptation, slot: candidates, candidates: stream, seed: seed,
          name: declaration.name)
      }
      return entry
    }
  }

  /// Each adaptive sampler's saved state (nil for the others), in entry order.
  var savedAdaptiveStates: [AdaptiveSampler<S>.Saved?] { entries.map { $0.adaptive?.saved } }

  /// Each adaptive sampler's name, updates so far and the seconds of its last update.
  var adaptiveUpdates: [(name: String, updates: Int, points: Int, lastSeconds: Double)] {
    entries.compactMap { entry in
      entry.adaptive.map { (entry.name, $0.updates, $0.count, $0.lastUpdateSeconds) }
    }
  }

  /// Each sampler's name and its stream before its last draw.
  var savedStreams: [(name: String, stream: UnitCubeSampler)] {
    entries.map { ($0.name, $0.streamBeforeLastDraw) }
  }

  /// Restores the streams saved by ``savedStreams`` (in the same order) and redraws every
  /// sampler from them into `plan`, which rebuilds the points of the saved run's last draws;
  /// an adaptive sampler instead takes its saved points and streams from `adaptive` (one per
  /// entry, nil for the others).
  mutating func restore(
    _ streams: [UnitCubeSampler], adaptive: [AdaptiveSampler<S>.Saved?], plan: Plan<S>
  ) throws {
    for index in entries.indices {
      entries[index].sampler.state = streams[index]
      try load(index, into: plan)
      guard entries[index].adaptive != nil else { continue }
      let set = entries[index].pointSet
      guard let saved = adaptive[index], saved.count <= plan.pointCapacity(of: set),
        entries[index].adaptive?.restore(saved) == true
      else {
        throw TrainingError(
          "the checkpoint does not hold the adapted points of sampler '\(entries[index].name)'",
          at: entries[index].range)
      }
      entries[index].adaptive?.loadCurrent(into: set, plan)
    }
  }

  /// Redraws the samplers due at `step`, adapts the adaptive samplers due, and loads their
  /// points into `plan`.
  mutating func refresh(step: Int, plan: Plan<S>) throws {
    for index in entries.indices {
      guard redraws(index, at: step) else { continue }
      if step > 0, entries[index].adaptive != nil {
        try adapt(index, plan: plan)
      } else {
        try load(index, into: plan)
      }
    }
  }

  /// Redraws sampler `index` and loads its points (and normals) into `plan`; an adaptive
  /// sampler takes them as its current points.
  private mutating func load(_ index: Int, into plan: Plan<S>) throws {
    try entries[index].redraw()
    let set = entries[index].pointSet
    if entries[index].adaptive != nil {
      let batch = entries[index].batch
      entries[index].adaptive?.start(with: batch)
      plan.setPointCount(set, entries[index].batch.count)
    }
    plan.setPoints(set, coordinates: entries[index].batch.points)
    if entries[index].hasNormals {
      plan.setVectors(set, field: 0, values: entries[index].batch.normals)
    }
    let layout = entries[index].dataLayout
    if layout.columns > 0, let rows = entries[index].sampler.givenRows {
      layout.fill(&entries[index].dataFields, values: entries[index].dataValues, rows: rows)
      for (offset, values) in entries[index].dataFields.enumerated() {
        plan.setVectors(set, field: layout.firstField + offset, values: values)
      }
    }
  }

  /// Redraws sampler `index` and loads its points into `plan`, as a step it is due does (the
  /// sampling benchmark times this); not for adaptive samplers, whose draw restarts them.
  mutating func redrawForBenchmark(_ index: Int, into plan: Plan<S>) throws {
    precondition(entries[index].adaptive == nil, "an adaptive sampler adapts, it is not redrawn")
    try load(index, into: plan)
  }

  /// Adapts the points of adaptive sampler `index` at the plan's parameters and loads them.
  private mutating func adapt(_ index: Int, plan: Plan<S>) throws {
    guard var adaptive = entries[index].adaptive else { return }
    entries[index].adaptive = nil  // no copy of its buffers while it changes
    defer { entries[index].adaptive = adaptive }
    do throws(SamplingError) {
      try adaptive.update(plan)
    } catch {
      throw TrainingError(
        "sampler '\(entries[index].name)': \(error.message)", at: entries[index].range)
    }
    adaptive.loadCurrent(into: entries[index].pointSet, plan)
  }
}

extension SamplerBank {
  /// Whether entry `index` draws new points at `step` (see ``refresh(step:plan:)``).
  func redraws(_ index: Int, at step: Int) -> Bool {
    if let adaptive = entries[index].adaptive {
      return step == 0 || adaptive.adaptation.isUpdate(step: step)
    }
    let every = entries[index].resampleEvery
    return step == 0 || (every > 0 && step % every == 0)
  }

  /// Input `input` of every current point of entry `index`, in point order.
  func coordinates(entry index: Int, input: Int) -> [Double] {
    if let adaptive = entries[index].adaptive {
      let d = adaptive.dimension
      return (0..<adaptive.count).map { Double(adaptive.points[$0 * d + input]) }
    }
    let batch = entries[index].batch
    return (0..<batch.count).map { Double(batch.points[$0 * batch.dimension + input]) }
  }
}
