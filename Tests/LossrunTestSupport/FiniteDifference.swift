/// Central finite differences for checking derivatives in tests.
public enum FiniteDifference {
  /// `(f(x + h) - f(x - h)) / 2h`, second-order accurate.
  public static func central(step h: Double, _ f: (Double) -> Double) -> Double {
    (f(h) - f(-h)) / (2 * h)
  }

  /// The central-difference gradient of `f` at `x` (one pair of evaluations per coordinate).
  public static func gradient(
    at x: [Double], step h: Double, _ f: ([Double]) -> Double
  ) -> [Double] {
    x.indices.map { i in
      central(step: h) { delta in
        var y = x
        y[i] += delta
        return f(y)
      }
    }
  }
}
