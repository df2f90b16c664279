import LossrunDiagnostics

/// A sampler with its predicate resolved and every default applied.
package struct CheckedSampler: Hashable, Sendable {
  /// The part of the domain a sampler draws from.
  package enum Region: String, Hashable, Sendable, CaseIterable {
    /// The interior of the input box (space and time).
    case interior
    /// The boundary of the space box, at every time.
    case boundary
    /// The initial slice: the space box at the time input's lower bound.
    case initial
  }

  /// How points are laid out in the region.
  package enum Distribution: String, Hashable, Sendable, CaseIterable {
    /// Independent uniform random points.
    case uniform
    /// A regular grid.
    case grid
    /// Latin hypercube samples.
    case latinHypercube = "latin_hypercube"
    /// A Sobol sequence.
    case sobol
    /// A Halton sequence.
    case halton
  }

  /// The sampler's name.
  package internal(set) var name: String
  /// Where the sampler's name was written.
  package internal(set) var range: SourceRange
  /// The region: the interior of the box, the boundary of the space box (at every time), or the
  /// initial slice (the space box at the time input's lower bound).
  package internal(set) var region: Region
  /// The predicate selecting part of the region; nil means all of it. Evaluate with
  /// `ResolvedPredicate.holds(inputs:)`; it reads only inputs.
  package internal(set) var predicate: ResolvedPredicate?
  /// The name of the domain shape whose boundary is sampled, or nil for the whole boundary.
  package internal(set) var boundaryOf: String? = nil
  /// The number of points (positive).
  package internal(set) var points: Int
  /// The distribution (default uniform random).
  package internal(set) var distribution: Distribution
  /// Redraw the points every this many steps; 0 means never. Default: never (0) for a grid,
  /// every step (1) for every other distribution.
  package internal(set) var resampleEvery: Int
  /// Residual-based adaptive sampling, or nil. An adaptive sampler draws its points once, at
  /// step 0, and then only adapts them (its ``resampleEvery`` is 0).
  package internal(set) var adaptation: CheckedAdaptation? = nil
}
