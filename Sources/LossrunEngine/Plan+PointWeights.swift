extension Plan {
  /// Seeds `term` on one tile: the unweighted ``seed(_:set:ws:valid:weight:loss:)`` unless the
  /// term is point-weighted (``PlanOptions/pointWeightedTerms``).
  @inline(__always)
  func seedTerm(
    _ term: SetProgram<S>.Term, set: SetProgram<S>, ws: UnsafeMutablePointer<S>, start: Int,
    valid: Int, weight: S, losses: UnsafeMutablePointer<S>
  ) {
    if let buffers = term.pointWeights {
      seedWeighted(
        term, buffers: buffers, set: set, ws: ws, start: start, valid: valid, weight: weight,
        loss: losses + term.index)
    } else {
      seed(term, set: set, ws: ws, valid: valid, weight: weight, loss: losses + term.index)
    }
  }

  /// Adds the point-weighted loss of `term` over the tile's valid points, (1/N)·Σ_j w_j·r_j²
  /// (or w_j·|r_j|), to `loss`, seeds its cotangents (scaled by `weight`), and records the
  /// residuals of the tile's points.
  func seedWeighted(
    _ term: SetProgram<S>.Term, buffers: PointWeightBuffers<S>, set: SetProgram<S>,
    ws: UnsafeMutablePointer<S>, start: Int, valid: Int, weight: S, loss: UnsafeMutablePointer<S>
  ) {
    let l = set.layout
    let t = set.tile
    let inverseCount = 1 / S(set.pointCount)
    let pointWeights = buffers.weights + start
    for (c, component) in term.components.enumerated() {
      let values = ws + l.nodeValues + component * t
      let bars = ws + l.nodeCotangents + component * t
      (buffers.residuals + c * buffers.pointCount + start).update(from: values, count: valid)
      var sum = S.zero
      switch term.reduction {
      case .meanSquare:
        let scale = 2 * weight * inverseCount
        for p in 0..<valid {
          let r = values[p]
          let w = pointWeights[p]
          sum += w * r * r
          bars[p] += scale * w * r
        }
      case .meanAbsolute:
        let scale = weight * inverseCount
        for p in 0..<valid {
          let r = values[p]
          let w = pointWeights[p]
          sum += w * abs(r)
          bars[p] += r > 0 ? scale * w : (r < 0 ? -scale * w : 0)
        }
      }
      loss.pointee += sum * inverseCount
    }
  }

  /// The per-point buffers of `term`, which must be point-weighted.
  func pointWeightBuffers(_ term: TermID) -> PointWeightBuffers<S> {
    alwaysPrecondition((0..<termCount).contains(term.index), "a term of another plan")
    let buffers = sets.lazy.flatMap(\.terms).first { $0.index == term.index }?.pointWeights
    guard let buffers else {
      fatalError("term \(term.index) is not point-weighted (PlanOptions.pointWeightedTerms)")
    }
    return buffers
  }

  /// Sets the weight of every point of `term` (one per point of its set, in point order); the
  /// next passes use them. `term` must be listed in ``PlanOptions/pointWeightedTerms``.
  public func setPointWeights(term: TermID, _ weights: UnsafeBufferPointer<S>) {
    let buffers = pointWeightBuffers(term)
    alwaysPrecondition(weights.count == buffers.pointCount, "one weight per point")
    buffers.weights.update(from: weights.baseAddress!, count: buffers.pointCount)
  }

  /// Sets the weight of every point of `term` (one per point of its set, in point order).
  public func setPointWeights(term: TermID, _ weights: [S]) {
    weights.withUnsafeBufferPointer { setPointWeights(term: term, $0) }
  }

  /// The point weights of `term` in use.
  public func pointWeights(term: TermID) -> UnsafeBufferPointer<S> {
    let buffers = pointWeightBuffers(term)
    return UnsafeBufferPointer(start: buffers.weights, count: buffers.pointCount)
  }

  /// The residuals of `term` at every point from the last pass (or
  /// ``evaluatePointResiduals()``), `[component][point]`: component c of point j is entry
  /// `c·pointCount + j`. `term` must be point-weighted.
  public func pointResiduals(term: TermID) -> UnsafeBufferPointer<S> {
    let buffers = pointWeightBuffers(term)
    return UnsafeBufferPointer(
      start: buffers.residuals, count: buffers.pointCount * buffers.componentCount)
  }

  /// Recomputes the residuals of every point-weighted term at the current parameters and points
  /// without a reverse sweep (single-threaded, forward only; losses and gradients are left as
  /// they were). For rules that need residuals before the first pass.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func evaluatePointResiduals() {
    let ws = workspaces[0]
    for set in sets where set.terms.contains(where: { $0.pointWeights != nil }) {
      let t = set.tile
      for tile in 0..<set.tileCount {
        let start = tile * t
        let valid = Swift.min(t, set.pointCount - start)
        forwardNetwork(set, ws: ws, start: start, thread: 0)
        evaluateNodes(set, ws: ws, start: start)
        for term in set.terms {
          guard let buffers = term.pointWeights else { continue }
          for (c, component) in term.components.enumerated() {
            (buffers.residuals + c * buffers.pointCount + start).update(
              from: ws + set.layout.nodeValues + component * t, count: valid)
          }
        }
      }
    }
  }
}
