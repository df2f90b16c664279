extension Plan {
  /// Fills and returns the statistics of the per-term gradients of the last
  /// ``computePerTermGradients()`` (one sweep over the gradients; no allocation).
  @discardableResult
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func computeStatistics() -> GradientStatistics<S> {
    statisticsStorage.update(from: termGradients)
    return statisticsStorage
  }
}
