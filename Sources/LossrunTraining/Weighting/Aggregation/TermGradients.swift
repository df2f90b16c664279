import LossrunEngine

/// A read-only view of m per-term gradients of P parameters each, stored `[term][parameter]`
/// (as the plan's `termGradients`), in the engine's precision.
///
/// The view owns nothing: the caller keeps the storage alive while the view is used.
package struct TermGradients<S: EngineScalar> {
  /// The first entry of term 0's gradient.
  package let base: UnsafePointer<S>
  /// The number of terms m.
  package let termCount: Int
  /// The number of parameters P.
  package let parameterCount: Int

  /// A view of `termCount` rows of `parameterCount` entries starting at `base`.
  package init(base: UnsafePointer<S>, termCount: Int, parameterCount: Int) {
    self.base = base
    self.termCount = termCount
    self.parameterCount = parameterCount
  }

  /// Term `term`'s gradient.
  package func row(_ term: Int) -> UnsafeBufferPointer<S> {
    UnsafeBufferPointer(start: base + term * parameterCount, count: parameterCount)
  }

  /// Writes Σ_i coefficients[i]·g_i into `direction`, accumulating each entry in `Double` over
  /// the terms in index order (one pass over the parameters).
  ///
  /// - Precondition: one coefficient per term and `direction` has P entries.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  package func weightedSum(_ coefficients: [Double], into direction: UnsafeMutableBufferPointer<S>)
  {
    precondition(coefficients.count == termCount, "one coefficient per term")
    precondition(direction.count == parameterCount, "a direction of another length")
    let p = parameterCount
    for index in 0..<p {
      var sum = 0.0
      for term in 0..<termCount { sum += coefficients[term] * Double(base[term * p + index]) }
      direction[index] = S(sum)
    }
  }
}
