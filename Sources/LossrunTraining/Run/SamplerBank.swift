import LossrunCheck
import LossrunDiagnostics
import LossrunEngine

/// The samplers of a run and their current points, in the engine's precision.
///
/// Each sampler feeding a point set redraws its points at step 0 and then every
/// `resampleEvery` steps (never again when that is 0; every step for a file's mini-batches),
/// and copies them, with their outward normals on boundary samplers and the data columns of the
/// rows served by a file sampler, into the plan. Batches are allocated once; redrawing reuses
/// them.
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
      return Entry(
        sampler: sampler, batch: sampler.makeBatch(S.self), pointSet: slot.pointSet,
        resampleEvery: declaration.refreshEvery, hasNormals: slot.hasNormals,
        name: declaration.name, range: declaration.range, dataLayout: slot.dataLayout,
        dataValues: values, streamBeforeLastDraw: sampler.state)
    }
  }

  /// Each sampler's name and its stream before its last draw.
  var savedStreams: [(name: String, stream: UnitCubeSampler)] {
    entries.map { ($0.name, $0.streamBeforeLastDraw) }
  }

  /// Restores the streams saved by ``savedStreams`` (in the same order) and redraws every
  /// sampler from them into `plan`, which rebuilds the points of the saved run's last draws.
  mutating func restore(_ streams: [UnitCubeSampler], plan: Plan<S>) throws {
    for index in entries.indices {
      entries[index].sampler.state = streams[index]
      try load(index, into: plan)
    }
  }

  /// Redraws the samplers due at `step` and loads their points into `plan`.
  mutating func refresh(step: Int, plan: Plan<S>) throws {
    for index in entries.indices {
      guard redraws(index, at: step) else { continue }
      try load(index, into: plan)
    }
  }

  /// Redraws sampler `index` and loads its points (and normals) into `plan`.
  private mutating func load(_ index: Int, into plan: Plan<S>) throws {
    try entries[index].redraw()
    let set = entries[index].pointSet
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
}

extension SamplerBank {
  /// Whether entry `index` draws new points at `step` (see ``refresh(step:plan:)``).
  func redraws(_ index: Int, at step: Int) -> Bool {
    let every = entries[index].resampleEvery
    return step == 0 || (every > 0 && step % every == 0)
  }

  /// Input `input` of every current point of entry `index`, in point order.
  func coordinates(entry index: Int, input: Int) -> [Double] {
    let batch = entries[index].batch
    return (0..<batch.count).map { Double(batch.points[$0 * batch.dimension + input]) }
  }
}
