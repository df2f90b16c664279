/// Bounds that keep checking (and everything after it) fast and small on any input.
package enum CheckLimits {
  /// The most nodes an expression may have once definitions are inlined.
  package static let maximumExpressionNodes = 20_000
  /// The deepest nesting the resolver follows.
  /// (Above the parser's own tree-height bound of 1000, so it only guards other producers.)
  package static let maximumExpressionDepth = 1_024
  /// Points tried per predicate when checking that it selects something of its region.
  package static let coverageSamples = 4_096
  /// The smallest share of the pieces of its region a sampler's predicate may select: sampling
  /// draws at most 1000 candidates per point (`RegionSampler.maximumDrawsPerPoint` in training).
  package static let minimumSelectedShare = 1e-3
  /// The most points a single evaluation grid may have.
  package static let maximumGridPoints = 100_000_000
  /// The most points a sampler may draw per step.
  package static let maximumPoints = 1 << 30
  /// The widest hidden layer accepted.
  package static let maximumWidth = 1 << 20
}
