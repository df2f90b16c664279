import LossrunDiagnostics

/// A loss term with its sampler resolved to an index and its residuals resolved.
public struct CheckedTerm: Hashable, Sendable {
  /// How each residual's per-point values become one loss value.
  public enum Reduction: String, Hashable, Sendable, CaseIterable {
    /// The mean of squared residuals.
    case meanSquare = "mse"
    /// The mean of absolute residuals.
    case meanAbsolute = "mae"
  }

  /// The term's name.
  public internal(set) var name: String
  /// Where the term's name was written.
  public internal(set) var range: SourceRange
  /// The index of its sampler in `CheckedSpec.samplers`.
  public internal(set) var sampler: Int
  /// One residual, or several for a system; the term's loss is the sum of their reductions.
  public internal(set) var residuals: [ResolvedExpression]
  /// Where each residual was written, in the order of `residuals`.
  public internal(set) var residualRanges: [SourceRange]
  /// How each residual's per-point values become a scalar (default mean square).
  public internal(set) var reduction: Reduction
  /// The initial weight (finite, not negative; default 1).
  public internal(set) var weight: Double
}
