import LossrunDiagnostics

extension Located where Value == Double {
  /// The number as a whole number, or a `not-an-integer` error at its range when it has a
  /// fractional part or does not fit an `Int`; `1e4` is a whole number, `2.5` is not.
  ///
  /// Both front ends read integer settings (points, steps, seeds, grid sizes) through this, so
  /// the rule and its message are the same in YAML and in `.loss` files.
  public func wholeNumber(found description: String, into diagnostics: inout DiagnosticCollector)
    -> Located<Int>?
  {
    guard value == value.rounded(), abs(value) < 9.0e18 else {
      let reason = value == value.rounded() ? "too large" : "not a whole number"
      diagnostics.error(
        .notAnInteger, "expected a whole number, found \(description) (\(reason))", at: range)
      return nil
    }
    return Located<Int>(Int(value), at: range)
  }
}
