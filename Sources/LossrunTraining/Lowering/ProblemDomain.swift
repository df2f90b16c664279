import LossrunCheck
import LossrunDiagnostics
import LossrunEngine

/// The geometry a spec's samplers draw from: the declared `domain` (or the space inputs' box),
/// and, with a time input, that space swept over the time interval (its boundary is the space
/// boundary at every time, and its initial slice the space at the first time).
struct ProblemDomain {
  /// The whole domain (interior and boundary samplers).
  let domain: any Geometry
  /// The initial slice, when there is a time input.
  let initialSlice: (any Geometry)?

  init(spec: CheckedSpec) throws {
    let space = spec.spaceInputs
    guard !space.isEmpty else {
      throw TrainingError("a problem needs at least one space input besides time")
    }
    do throws(SamplingError) {
      let spatial: any Geometry =
        if let shape = spec.domain?.shape {
          try DomainGeometry.make(shape)
        } else {
          try AxisBox(
            lower: space.map { spec.inputs[$0].lower }, upper: space.map { spec.inputs[$0].upper })
        }
      if let time = spec.timeInput {
        (domain, initialSlice) = try DomainGeometry.sweep(
          spatial, start: spec.inputs[time].lower, end: spec.inputs[time].upper, timeIndex: time)
      } else {
        domain = spatial
        initialSlice = nil
      }
    } catch {
      throw TrainingError(error.message)
    }
  }

  /// The sampler of `sampler`'s points, on the stream `sampler:<name>` of `seed`: drawn from
  /// the domain, or the given (listed or file) points.
  func makeSampler(for sampler: CheckedSampler, seed: UInt64, parameters: [Double]) throws
    -> any PointSampler
  {
    let generator = RandomGenerator(seed: seed, streamName: "sampler:" + sampler.name)
    let given: (points: [Double], batch: Int?)
    switch sampler.source {
    case .drawn(let drawn):
      return try makeRegionSampler(
        drawn, name: sampler.name, at: sampler.range, parameters: parameters,
        generator: generator)
    case .listed(let points): given = (points, nil)
    case .file(let file): given = (file.points, file.batch)
    }
    do throws(SamplingError) {
      return try GivenPointSampler(
        points: given.points, dimension: domain.dimension, batch: given.batch,
        generator: generator)
    } catch {
      throw TrainingError("sampler '\(sampler.name)': \(error.message)", at: sampler.range)
    }
  }

  /// The candidate stream of adaptive sampler `sampler`: `pool` independent uniform points per
  /// batch (its own point count when `pool` is 0) from the same region and selection, on the
  /// stream `sampler:<name>:<stream>` of `seed` (the candidate pools and fresh points of
  /// adaptive sampling).
  func makeCandidateSampler(
    for sampler: CheckedSampler, seed: UInt64, parameters: [Double], pool: Int, stream: String
  ) throws -> RegionSampler {
    guard let drawn = sampler.drawn else {
      throw TrainingError(
        "sampler '\(sampler.name)' adapts its points but does not draw them", at: sampler.range)
    }
    return try makeRegionSampler(
      drawn, name: sampler.name, at: sampler.range, parameters: parameters,
      generator: RandomGenerator(seed: seed, streamName: "sampler:\(sampler.name):\(stream)"),
      candidates: pool > 0 ? pool : drawn.points)
  }

  /// The sampler of a region; with `candidates`, that many uniform points per batch instead of
  /// the sampler's own count and distribution.
  private func makeRegionSampler(
    _ sampler: CheckedSampler.DrawnPoints, name: String, at range: SourceRange,
    parameters: [Double], generator: RandomGenerator, candidates: Int? = nil
  ) throws -> RegionSampler {
    var selection: PointSelection?
    if let resolved = sampler.predicate {
      guard let compiled = PointFunction.predicate(resolved, parameters: parameters) else {
        throw TrainingError("the selection of sampler '\(name)' reads the network", at: range)
      }
      selection = PointSelection(compiled) { box in
        SelectionBounds.truth(of: resolved, over: box, parameters: parameters) == true
      }
    }
    let geometry: any Geometry
    let region: RegionSampler.Region
    switch sampler.region {
    case .interior:
      (geometry, region) = (domain, .interior)
    case .boundary:
      (geometry, region) = (domain, .boundary)
    case .initial:
      guard let initialSlice else {
        throw TrainingError(
          "sampler '\(name)' samples the initial slice, but no input is time", at: range)
      }
      (geometry, region) = (initialSlice, .interior)
    }
    do throws(SamplingError) {
      return try RegionSampler(
        geometry: geometry, region: region, selection: selection,
        boundaryOf: sampler.boundaryOf, count: candidates ?? sampler.points,
        distribution: candidates == nil ? Self.distribution(sampler.distribution) : .uniform,
        generator: generator)
    } catch {
      throw TrainingError("sampler '\(name)': \(error.message)", at: range)
    }
  }

  /// The unit-cube layout of a spec distribution. Sobol points get a random digital shift and
  /// Halton points scrambled digits, both from the sampler's own stream, so two samplers with
  /// the same distribution do not draw the same points.
  static func distribution(_ distribution: CheckedSampler.Distribution) -> PointDistribution {
    switch distribution {
    case .uniform: .uniform
    case .grid: .grid
    case .latinHypercube: .latinHypercube
    case .sobol: .sobol(randomShift: true)
    case .halton: .halton(scrambled: true)
    }
  }
}
