import LossrunSpec

/// A loss term with its sampler resolved to an index and its residuals resolved.
public struct CheckedTerm: Hashable, Sendable {
  /// The term's name.
  public var name: String
  /// The index of its sampler in `CheckedSpec.samplers`.
  public var sampler: Int
  /// One residual, or several for a system; the term's loss is the sum of their reductions.
  public var residuals: [ResolvedExpression]
  /// How each residual's per-point values become a scalar (default mean square).
  public var reduction: TermDeclaration.Reduction
  /// The initial weight (finite, not negative; default 1).
  public var weight: Double

  /// Creates a checked term.
  public init(
    name: String, sampler: Int, residuals: [ResolvedExpression],
    reduction: TermDeclaration.Reduction, weight: Double
  ) {
    self.name = name
    self.sampler = sampler
    self.residuals = residuals
    self.reduction = reduction
    self.weight = weight
  }
}
