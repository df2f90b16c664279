/// Mergeable statistics of one gradient, or of a part of it: Σ|g|, max|g|, Σg² and the count.
///
/// Summaries of disjoint parts merge exactly with ``merged(with:)``, so the statistics over all
/// parameters are the merge of the per-layer ones. NaN propagates into ``maximumAbsolute``.
public struct GradientSummary: Hashable, Sendable, Codable {
  /// Σ|g_i|.
  public var sumOfAbsolutes: Double
  /// max |g_i| (0 for an empty part).
  public var maximumAbsolute: Double
  /// Σ g_i².
  public var sumOfSquares: Double
  /// The number of entries.
  public var count: Int

  /// Creates a summary from its sums; the default is the summary of no entries.
  public init(
    sumOfAbsolutes: Double = 0, maximumAbsolute: Double = 0, sumOfSquares: Double = 0,
    count: Int = 0
  ) {
    self.sumOfAbsolutes = sumOfAbsolutes
    self.maximumAbsolute = maximumAbsolute
    self.sumOfSquares = sumOfSquares
    self.count = count
  }

  /// mean |g| (0 for an empty part).
  public var meanAbsolute: Double { count > 0 ? sumOfAbsolutes / Double(count) : 0 }
  /// ‖g‖₂.
  public var norm: Double { sumOfSquares.squareRoot() }

  /// The summary of the union of two disjoint parts.
  public func merged(with other: GradientSummary) -> GradientSummary {
    GradientSummary(
      sumOfAbsolutes: sumOfAbsolutes + other.sumOfAbsolutes,
      maximumAbsolute: (maximumAbsolute >= other.maximumAbsolute || maximumAbsolute.isNaN)
        ? maximumAbsolute : other.maximumAbsolute,
      sumOfSquares: sumOfSquares + other.sumOfSquares, count: count + other.count)
  }

  /// The summary of the gradient scaled by `factor` (all three statistics are homogeneous).
  public func scaled(by factor: Double) -> GradientSummary {
    let magnitude = Swift.abs(factor)
    return GradientSummary(
      sumOfAbsolutes: sumOfAbsolutes * magnitude, maximumAbsolute: maximumAbsolute * magnitude,
      sumOfSquares: sumOfSquares * magnitude * magnitude, count: count)
  }
}
