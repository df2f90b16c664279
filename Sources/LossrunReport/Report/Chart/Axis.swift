import Foundation

/// An axis: a "nice" domain that covers the data, its ticks and the map from values to pixels.
///
/// Linear axes step by 1, 2 or 5 times a power of ten and extend the domain to whole steps.
/// Log axes extend the domain to whole decades, put a major tick on every decade (every second
/// or third decade when there are many) and minor ticks at 2 and 5 times each decade; the minor
/// ticks are labelled too when the domain spans at most two decades. Degenerate data never
/// traps: no finite values give [0, 1] (linear) or [1, 10] (log); one distinct value gets a
/// domain around it; on a log axis, zeros and negative values are ignored, and data that lies
/// exactly on the lowest or highest decade gets one more decade of room.
public struct Axis: Hashable, Sendable {
  /// The scale.
  public let scale: AxisScale
  /// The lower end of the domain.
  public let lower: Double
  /// The upper end of the domain (greater than ``lower``).
  public let upper: Double
  /// The ticks, in increasing order.
  public let ticks: [AxisTick]

  /// An axis that covers `values` (non-finite values are ignored), with about `tickCount`
  /// major ticks on a linear scale.
  public init<Values: Sequence<Double>>(
    covering values: Values, scale: AxisScale, tickCount: Int = 5
  ) {
    var minimum = Double.infinity
    var maximum = -Double.infinity
    for value in values where value.isFinite && (scale == .linear || value > 0) {
      minimum = min(minimum, value)
      maximum = max(maximum, value)
    }
    switch scale {
    case .linear: self = Self.linear(minimum, maximum, tickCount: max(2, tickCount))
    case .log10: self = Self.logarithmic(minimum, maximum)
    }
  }

  /// A linear axis over exactly `lower...upper` (a heat map's coordinates, a colour bar's
  /// range), with nice ticks inside it; an empty or inverted range is widened as for data.
  public init(linearFrom lower: Double, to upper: Double, tickCount: Int = 5) {
    guard lower.isFinite, upper.isFinite, lower < upper else {
      self = Self.linear(min(lower, upper), max(lower, upper), tickCount: max(2, tickCount))
      return
    }
    let step = Self.niceStep((upper - lower) / Double(max(2, tickCount)))
    let tolerance = step * 1e-9
    let first = ((lower - tolerance) / step).rounded(.up)
    let last = ((upper + tolerance) / step).rounded(.down)
    guard last - first <= 100 else {
      self = Self.endsOnly(lower, upper)
      return
    }
    self.init(
      scale: .linear, lower: lower, upper: upper,
      ticks: Self.linearTicks(from: first, through: last, step: step))
  }

  private init(scale: AxisScale, lower: Double, upper: Double, ticks: [AxisTick]) {
    self.scale = scale
    self.lower = lower
    self.upper = upper
    self.ticks = ticks
  }

  /// The fraction of the way from ``lower`` to ``upper`` at which `value` lies (outside 0...1
  /// when it is outside the domain), or `nil` when it cannot be drawn (not finite, or not
  /// positive on a log axis).
  public func fraction(of value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch scale {
    case .linear: return (value - lower) / (upper - lower)
    case .log10:
      guard value > 0 else { return nil }
      return (Foundation.log10(value) - Foundation.log10(lower))
        / (Foundation.log10(upper) - Foundation.log10(lower))
    }
  }

  /// The pixel position of `value` when ``lower`` is drawn at `start` and ``upper`` at `end`.
  public func position(of value: Double, from start: Double, to end: Double) -> Double? {
    fraction(of: value).map { start + $0 * (end - start) }
  }

  private static func linear(_ minimum: Double, _ maximum: Double, tickCount: Int) -> Axis {
    var low = minimum
    var high = maximum
    if !(low <= high) {
      low = 0
      high = 1
    } else if low == high {
      let spread = low == 0 ? 1 : abs(low) * 0.1
      low -= spread
      high += spread
    }
    let step = niceStep((high - low) / Double(tickCount))
    let first = (low / step).rounded(.down)
    let last = (high / step).rounded(.up)
    guard last - first <= 100 else { return endsOnly(low, high) }
    let ticks = linearTicks(from: first, through: last, step: step)
    return Axis(scale: .linear, lower: first * step, upper: last * step, ticks: ticks)
  }

  /// A linear axis over `low...high` with ticks at its two ends only: the fallback for ranges
  /// that whole steps cannot cover (wider than the largest double, or too narrow for the
  /// values' precision).
  private static func endsOnly(_ low: Double, _ high: Double) -> Axis {
    let ends = [low, high].map {
      AxisTick(value: $0, label: TickLabelFormat.label($0), isMajor: true)
    }
    return Axis(scale: .linear, lower: low, upper: high, ticks: ends)
  }

  /// Ticks at `first * step` through `last * step`, labelled in one notation: scientific when
  /// the largest of them would be (so `0, 0.005, 0.01`, not `0, 5e-3, 0.01`).
  private static func linearTicks(from first: Double, through last: Double, step: Double)
    -> [AxisTick]
  {
    let largest = max(abs(first), abs(last)) * step
    let scientific = TickLabelFormat.usesScientificNotation(largest)
    return stride(from: first, through: last, by: 1).map { index in
      let value = index * step
      return AxisTick(
        value: value, label: TickLabelFormat.label(value, step: step, scientific: scientific),
        isMajor: true)
    }
  }

  /// The smallest of 1, 2, 5 times a power of ten that is at least `rough`.
  static func niceStep(_ rough: Double) -> Double {
    guard rough.isFinite, rough > 0 else { return 1 }
    let magnitude = pow(10, Foundation.log10(rough).rounded(.down))
    let residual = rough / magnitude
    let factor: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
    return factor * magnitude
  }

  private static func logarithmic(_ minimum: Double, _ maximum: Double) -> Axis {
    var lowDecade = 0
    var highDecade = 1
    if minimum <= maximum {
      lowDecade = Int(Foundation.log10(minimum).rounded(.down))
      highDecade = Int(Foundation.log10(maximum).rounded(.up))
      // Correct for log10 rounding just past a power of ten.
      if pow(10, Double(lowDecade + 1)) <= minimum { lowDecade += 1 }
      if highDecade > lowDecade, pow(10, Double(highDecade - 1)) >= maximum { highDecade -= 1 }
      // Data exactly on a decade would be drawn on the plot's border (a constant weight of 1):
      // give it a decade of room.
      if pow(10, Double(lowDecade)) == minimum { lowDecade -= 1 }
      if pow(10, Double(highDecade)) == maximum { highDecade += 1 }
      if highDecade <= lowDecade { highDecade = lowDecade + 1 }
    }
    let decades = highDecade - lowDecade
    let majorEvery = decades <= 8 ? 1 : decades <= 16 ? 2 : (decades + 7) / 8
    let labelMinor = decades <= 2
    var ticks: [AxisTick] = []
    for decade in lowDecade...highDecade {
      let base = pow(10, Double(decade))
      let isMajor = (decade - lowDecade) % majorEvery == 0
      ticks.append(
        AxisTick(value: base, label: isMajor ? TickLabelFormat.label(base) : "", isMajor: isMajor))
      guard decade < highDecade, decades <= 6 else { continue }
      for factor in [2.0, 5.0] {
        let value = factor * base
        ticks.append(
          AxisTick(
            value: value, label: labelMinor ? TickLabelFormat.label(value) : "", isMajor: false))
      }
    }
    return Axis(
      scale: .log10, lower: pow(10, Double(lowDecade)), upper: pow(10, Double(highDecade)),
      ticks: ticks)
  }
}
