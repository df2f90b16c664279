/// Mergeable statistics of one gradient (or a part of it): Σ|g|, max|g|, Σg² and the count.
///
/// Summaries of disjoint parts merge exactly with ``merged(with:)``, so the statistics over all
/// parameters are the merge of the per-layer ones. NaN propagates into ``maxAbs``.
public struct GradientSummary: Hashable, Sendable, Codable {
  /// Σ|g_i|.
  public var sumAbs: Double
  /// max |g_i| (0 for an empty part).
  public var maxAbs: Double
  /// Σ g_i².
  public var sumSquares: Double
  /// The number of entries.
  public var count: Int

  /// Creates a summary from its sums.
  public init(sumAbs: Double = 0, maxAbs: Double = 0, sumSquares: Double = 0, count: Int = 0) {
    self.sumAbs = sumAbs
    self.maxAbs = maxAbs
    self.sumSquares = sumSquares
    self.count = count
  }

  /// The summary of a run of gradient entries.
  public init<Scalar: BinaryFloatingPoint>(of values: some Collection<Scalar>) {
    self.init()
    for value in values {
      let magnitude = abs(Double(value))
      sumAbs += magnitude
      sumSquares += magnitude * magnitude
      if !(magnitude <= maxAbs) { maxAbs = magnitude }
    }
    count = values.count
  }

  /// mean |g| (0 for an empty part).
  public var meanAbs: Double { count > 0 ? sumAbs / Double(count) : 0 }
  /// ‖g‖₂.
  public var l2Norm: Double { sumSquares.squareRoot() }

  /// The summary of the union of two disjoint parts.
  public func merged(with other: GradientSummary) -> GradientSummary {
    GradientSummary(
      sumAbs: sumAbs + other.sumAbs,
      maxAbs: (maxAbs >= other.maxAbs || maxAbs.isNaN) ? maxAbs : other.maxAbs,
      sumSquares: sumSquares + other.sumSquares, count: count + other.count)
  }

  /// The summary of the gradient scaled by `factor` (all three statistics are homogeneous).
  public func scaled(by factor: Double) -> GradientSummary {
    let magnitude = abs(factor)
    return GradientSummary(
      sumAbs: sumAbs * magnitude, maxAbs: maxAbs * magnitude,
      sumSquares: sumSquares * magnitude * magnitude, count: count)
  }
}
