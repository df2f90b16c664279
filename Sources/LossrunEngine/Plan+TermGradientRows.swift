extension Plan {
  /// The per-term gradients of the last per-term pass: ``termCount`` rows of P entries,
  /// `[term][parameter]`, valid until the next pass (read-only; gradient aggregators read the
  /// raw rows).
  package var termGradientRows: UnsafePointer<S> { UnsafePointer(termGradients) }
}
