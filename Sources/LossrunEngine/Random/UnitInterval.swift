/// Helpers that keep unit-cube coordinates inside [0, 1) in every precision.
public enum UnitInterval {
  /// `value` itself when it is below 1, otherwise the largest representable value below 1.
  @inlinable
  public static func clampedBelowOne<Scalar: BinaryFloatingPoint>(_ value: Scalar) -> Scalar {
    value < 1 ? value : Scalar(1).nextDown
  }
}
