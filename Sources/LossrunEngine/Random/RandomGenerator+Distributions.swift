import Foundation

/// Floating-point draws.
///
/// Uniform draws take the top 53 bits of one output (`x >> 11`) times 2^−53, so they are exact
/// multiples of 2^−53 in [0, 1). Normal draws use the Box–Muller transform on two uniform draws
/// and return only the cosine branch, so each normal draw consumes exactly two outputs and the
/// generator carries no cached spare value (its state stays the four words).
extension RandomGenerator {
  /// A uniform double in [0, 1), a multiple of 2^−53.
  @inlinable
  public mutating func nextUnitDouble() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform value in [0, 1) of any binary floating-point type.
  ///
  /// The double draw is rounded to `Scalar`; a result that rounds up to 1 is replaced by the
  /// largest `Scalar` below 1, so the half-open interval is kept in every precision.
  @inlinable
  public mutating func nextUnit<Scalar: BinaryFloatingPoint>(_: Scalar.Type = Scalar.self)
    -> Scalar
  {
    UnitInterval.clampedBelowOne(Scalar(nextUnitDouble()))
  }

  /// A uniform value in [lower, upper).
  @inlinable
  public mutating func nextUniform(in lower: Double, _ upper: Double) -> Double {
    lower + (upper - lower) * nextUnitDouble()
  }

  /// A standard normal draw (mean 0, variance 1) by Box–Muller.
  ///
  /// `u1` is taken in (0, 1] so that `log(u1)` is finite; the result is
  /// `sqrt(−2 log u1) · cos(2π u2)`.
  public mutating func nextNormal() -> Double {
    let u1 = 1 - nextUnitDouble()
    let u2 = nextUnitDouble()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// A normal draw with the given mean and standard deviation.
  public mutating func nextNormal(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * nextNormal()
  }

  /// A uniform integer in `0..<bound` without modulo bias; returns 0 for a bound of 1 or less.
  ///
  /// Lemire's multiply-and-reject method, written out here (rather than the standard library's
  /// `next(upperBound:)`) so that the numbers drawn never depend on the Swift version.
  public mutating func nextIndex(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    let range = UInt64(bound)
    let threshold = (0 &- range) % range
    while true {
      let product = next().multipliedFullWidth(by: range)
      if product.low >= threshold { return Int(product.high) }
    }
  }
}
