/// What a ``GradientStatistics`` computes: which groups of terms, how it sums, and whether it
/// forms the Gramian.
///
/// A group is a set of term indices whose gradients are summed before the statistics are taken:
/// one term, or several terms sharing one weight. A weighting rule asks for its groups (and for
/// the Gramian when it reads cosines or inner products, as gradient aggregators do); the metrics
/// ask for every term on its own.
public struct GradientStatisticsRequest: Hashable, Sendable {
  /// How entries are summed into a ``GradientSummary``.
  public enum Summation: Hashable, Sendable {
    /// Each entry is converted to `Double` and added in index order: the arithmetic weighting
    /// rules read, independent of the machine's vector width.
    case sequential
    /// Engine-precision SIMD lanes over each part, combined in a fixed order, then converted to
    /// `Double`: faster, and what the metrics files log.
    case vectorized
  }

  /// The groups of term indices (each nonempty).
  public var groups: [[Int]]
  /// How entries are summed.
  public var summation: Summation
  /// Whether the Gramian of the groups' gradients is computed (off unless a reader needs it:
  /// it costs one dot product over all parameters per pair of groups).
  public var includesGramian: Bool

  /// Creates a request.
  public init(groups: [[Int]], summation: Summation, includesGramian: Bool) {
    self.groups = groups
    self.summation = summation
    self.includesGramian = includesGramian
  }

  /// Every one of `termCount` terms on its own, summed as the metrics log them, no Gramian.
  public static func eachTerm(_ termCount: Int) -> GradientStatisticsRequest {
    GradientStatisticsRequest(
      groups: (0..<termCount).map { [$0] }, summation: .vectorized, includesGramian: false)
  }
}
