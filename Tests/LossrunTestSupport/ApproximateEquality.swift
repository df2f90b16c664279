/// Approximate comparisons for floating-point test results.
public enum Approximate {
  /// Whether `|a - b| <= absolute + relative·max(|a|, |b|)`.
  public static func equal(
    _ a: Double, _ b: Double, relative: Double = 1e-6, absolute: Double = 1e-12
  ) -> Bool {
    Swift.abs(a - b) <= absolute + relative * Swift.max(Swift.abs(a), Swift.abs(b))
  }

  /// The first index where two vectors differ beyond tolerance, with both values; `nil` if they
  /// agree everywhere. The absolute tolerance is scaled by the larger vector's max norm.
  public static func firstMismatch(
    _ a: [Double], _ b: [Double], relative: Double = 1e-6, absoluteScale: Double = 1e-9
  ) -> (index: Int, a: Double, b: Double)? {
    guard a.count == b.count else { return (-1, Double(a.count), Double(b.count)) }
    let scale = (a + b).map { Swift.abs($0) }.max() ?? 0
    for i in a.indices
    where !equal(a[i], b[i], relative: relative, absolute: absoluteScale * scale) {
      return (i, a[i], b[i])
    }
    return nil
  }
}
