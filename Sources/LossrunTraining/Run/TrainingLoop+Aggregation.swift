import LossrunEngine

extension TrainingLoop {
  /// Writes the aggregator's direction of this step's per-term gradients into ``gradient``.
  ///
  /// A Gramian weighting reads the Gramian of one group per term: with `combine:` it gets the
  /// Gramian of the scaled gradients w_i g_i (``Gramian/scaled(by:)``) and its coefficients are
  /// multiplied by w_i, so the scaled gradients are never formed; then one
  /// ``Plan/combineGradients(weights:into:)``. M-ConFIG reads the raw rows. Nothing of size P is
  /// allocated.
  func aggregate(with aggregator: SelectedAggregator) {
    guard let aggregatorStatistics else {
      let rows = TermGradients(
        base: plan.termGradientRows, termCount: plan.termCount,
        parameterCount: plan.layout.count)
      aggregator.aggregateMomenta(
        rows, gramian: Gramian(size: 0, entries: []), state: &aggregatorState,
        into: gradient)
      return
    }
    aggregatorStatistics.refresh(from: plan)
    let gramian = Gramian(statistics: aggregatorStatistics)
    let weights = weightValues
    let scaled = aggregatesScaledGradients ? gramian.scaled(by: weights) : gramian
    guard let c = aggregator.coefficients(gramian: scaled, state: &aggregatorState) else { return }
    for i in aggregatorCoefficients.indices {
      aggregatorCoefficients[i] = S(aggregatesScaledGradients ? c[i] * weights[i] : c[i])
    }
    plan.combineGradients(weights: aggregatorCoefficients, into: gradient)
  }
}
