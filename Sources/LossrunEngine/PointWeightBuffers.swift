/// The per-point storage of one point-weighted term (see ``PlanOptions/pointWeightedTerms``):
/// a weight per point, which the loss seed multiplies into each point's contribution, and the
/// residual of every component at every point, which the seed records as it reads them.
///
/// Each tile writes only its own points, so threads never share an entry.
final class PointWeightBuffers<S: EngineScalar> {
  /// Points of the term's set.
  let pointCount: Int
  /// Residual components of the term.
  let componentCount: Int
  /// One weight per point, initially 1.
  let weights: UnsafeMutablePointer<S>
  /// `[component][point]`: the residuals of the last pass that reached the seed.
  let residuals: UnsafeMutablePointer<S>

  init(pointCount: Int, componentCount: Int) {
    self.pointCount = pointCount
    self.componentCount = componentCount
    weights = .allocate(capacity: pointCount)
    weights.initialize(repeating: 1, count: pointCount)
    residuals = .allocate(capacity: pointCount * componentCount)
    residuals.initialize(repeating: 0, count: pointCount * componentCount)
  }

  deinit {
    weights.deallocate()
    residuals.deallocate()
  }
}
