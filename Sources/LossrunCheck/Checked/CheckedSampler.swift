import LossrunSpec

/// A sampler with its predicate resolved and every default applied.
public struct CheckedSampler: Hashable, Sendable {
  /// The sampler's name.
  public var name: String
  /// The region: the interior of the box, the boundary of the space box (at every time), or the
  /// initial slice (the space box at the time input's lower bound).
  public var region: SamplerDeclaration.Region
  /// The predicate selecting part of the region; nil means all of it. Evaluate with
  /// `ResolvedPredicate.holds(inputs:)`; it reads only inputs.
  public var predicate: ResolvedPredicate?
  /// The number of points (positive).
  public var points: Int
  /// The distribution (default uniform random).
  public var distribution: SamplerDeclaration.Distribution
  /// Redraw the points every this many steps; 0 means never. Default: never (0) for a grid,
  /// every step (1) for every other distribution.
  public var resampleEvery: Int

  /// Creates a checked sampler.
  public init(
    name: String, region: SamplerDeclaration.Region, predicate: ResolvedPredicate?, points: Int,
    distribution: SamplerDeclaration.Distribution, resampleEvery: Int
  ) {
    self.name = name
    self.region = region
    self.predicate = predicate
    self.points = points
    self.distribution = distribution
    self.resampleEvery = resampleEvery
  }
}
