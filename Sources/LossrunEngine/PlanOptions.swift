/// Settings of a compiled plan.
public struct PlanOptions: Sendable, Equatable {
  /// Worker threads (including the calling thread); 1 runs everything on the caller.
  public var threads: Int
  /// Points per tile, rounded up to a multiple of four SIMD vectors; `nil` picks a size per point
  /// set so that a tile's activations stay in the L2 cache.
  public var tilePoints: Int?
  /// The terms whose loss is a weighted mean over their points, mean_j(w_j·r_j²) (or
  /// mean_j(w_j·|r_j|)), with the weights set by ``Plan/setPointWeights(term:_:)`` (initially 1);
  /// their per-point residuals can be read after a pass (``Plan/pointResiduals(term:)``).
  /// Every other term runs the unweighted seed, unchanged.
  public var pointWeightedTerms: Set<TermID>

  /// Options with `threads` threads, automatic tiles and no point-weighted terms.
  public init(threads: Int = 1, tilePoints: Int? = nil, pointWeightedTerms: Set<TermID> = []) {
    self.threads = threads
    self.tilePoints = tilePoints
    self.pointWeightedTerms = pointWeightedTerms
  }
}
