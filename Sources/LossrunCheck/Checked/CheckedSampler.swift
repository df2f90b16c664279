import LossrunDiagnostics

/// A sampler with its points' source checked and every default applied.
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

  /// Where the points come from.
  package enum Source: Hashable, Sendable {
    /// Drawn from a region.
    case drawn(DrawnPoints)
    /// Listed in the spec: `count × inputs` coordinates, row-major in input order.
    case listed(points: [Double])
    /// Read from a data file.
    case file(CheckedDataFile)
  }

  /// The sampler's name.
  package internal(set) var name: String
  /// Where the sampler's name was written.
  package internal(set) var range: SourceRange
  /// Where the points come from.
  package internal(set) var source: Source

  /// The region settings when the points are drawn, nil for listed and file points.
  package var drawn: DrawnPoints? {
    if case .drawn(let drawn) = source { drawn } else { nil }
  }

  /// The region the points are drawn from; nil for listed and file points.
  package var region: Region? { drawn?.region }

  /// Residual-based adaptive sampling of drawn points, or nil (always nil for listed and file
  /// points).
  package var adaptation: CheckedAdaptation? { drawn?.adaptation }

  /// The points a term on this sampler sees per step.
  package func pointCount(inputs: Int) -> Int {
    switch source {
    case .drawn(let drawn): drawn.points
    case .listed(let points): points.count / max(inputs, 1)
    case .file(let file): file.batch ?? file.rowCount
    }
  }

  /// Every how many steps the points change; 0 means never (listed points, every row of a
  /// file), 1 for a file's mini-batches.
  package var refreshEvery: Int {
    switch source {
    case .drawn(let drawn): drawn.resampleEvery
    case .listed: 0
    case .file(let file): file.batch == nil ? 0 : 1
    }
  }

  /// The names of the data columns terms on this sampler can read (`data.NAME`); empty unless
  /// the points come from a file.
  package var dataColumns: [String] {
    if case .file(let file) = source { file.dataColumns } else { [] }
  }
}

extension CheckedSampler {
  /// Changes the points per step to `count(current)` (at least 1) where the source allows: a
  /// region's count, a file's batch (at most its rows); listed points stay as written.
  mutating func resize(_ count: (Int) -> Int) {
    switch source {
    case .drawn(var drawn):
      drawn.points = max(1, count(drawn.points))
      source = .drawn(drawn)
    case .listed:
      break
    case .file(var file):
      file.batch = min(file.rowCount, max(1, count(file.batch ?? file.rowCount)))
      source = .file(file)
    }
  }

  /// Points drawn from a region, with every default applied.
  package struct DrawnPoints: Hashable, Sendable {
    /// The region: the interior of the box, the boundary of the space box (at every time), or
    /// the initial slice (the space box at the time input's lower bound).
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
}
