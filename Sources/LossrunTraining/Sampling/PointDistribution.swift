/// How a point set is laid out in the unit cube [0, 1)^d.
package enum PointDistribution: Hashable, Sendable, Codable {
  /// Independent uniform random points.
  case uniform
  /// A regular grid of cell centres; see ``GridLayout`` for counts that are not a perfect power.
  case grid
  /// Latin hypercube: each 1-D projection has exactly one point in each of the n strata.
  case latinHypercube
  /// The Sobol sequence with Joe–Kuo direction numbers (``SobolSequence``).
  ///
  /// `randomShift` applies a random digital shift (an xor of each coordinate's bits with a
  /// per-dimension random word), which keeps every stratification property of the sequence.
  /// `skip` is the index of the first point drawn; later draws continue the sequence.
  case sobol(randomShift: Bool = false, skip: UInt64 = 0)
  /// The Halton sequence in the first d prime bases (``HaltonSequence``).
  ///
  /// `scrambled` applies a random permutation of the nonzero digits per dimension (zero stays
  /// zero, so the radical inverse still converges). `skip` is the index of the first point.
  case halton(scrambled: Bool = false, skip: UInt64 = 0)

  /// Whether a redraw gives new points (false for the grid, which is the same every time).
  package var isRandomOrSequential: Bool { self != .grid }
}
