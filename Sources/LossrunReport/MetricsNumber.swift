/// Deterministic text for numbers in output files.
///
/// Finite values use Swift's shortest round-trip representation (`0.001`, `1e-05`, `2.0`): it
/// does not depend on the locale, reading it back gives the same double, and the same value
/// always prints the same, so identical runs write byte-identical files. Non-finite values print
/// as `nan`, `inf` and `-inf`.
public enum MetricsNumber {
  /// The text of `value`.
  public static func format(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    return value.description
  }
}
