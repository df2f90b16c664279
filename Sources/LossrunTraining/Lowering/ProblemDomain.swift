import LossrunCheck
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

  /// The sampler drawing `sampler`'s points, on the stream `sampler:<name>` of `seed`.
  ///
  /// With `candidates`, the sampler instead draws that many independent uniform points per
  /// batch on the stream `sampler:<name>:<candidates.stream>` (the candidate pools and fresh
  /// points of adaptive sampling), from the same region and selection.
  func makeSampler(
    for sampler: CheckedSampler, seed: UInt64, parameters: [Double],
    candidates: (count: Int, stream: String)? = nil
  ) throws -> RegionSampler {
    var predicate: PointPredicate?
    if let resolved = sampler.predicate {
      guard let compiled = PointFunction.predicate(resolved, parameters: parameters) else {
        throw TrainingError(
          "the selection of sampler '\(sampler.name)' reads the network", at: sampler.range)
      }
      predicate = compiled
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
          "sampler '\(sampler.name)' samples the initial slice, but no input is time",
          at: sampler.range)
      }
      (geometry, region) = (initialSlice, .interior)
    }
    let stream = "sampler:" + sampler.name + (candidates.map { ":" + $0.stream } ?? "")
    let generator = RandomGenerator(seed: seed, streamName: stream)
    do throws(SamplingError) {
      return try RegionSampler(
        geometry: geometry, region: region, predicate: predicate,
        boundaryOf: sampler.boundaryOf, count: candidates?.count ?? sampler.points,
        distribution: candidates == nil ? Self.distribution(sampler.distribution) : .uniform,
        generator: generator)
    } catch {
      throw TrainingError(
        "sampler '\(sampler.name)': \(error.message)", at: sampler.range)
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
