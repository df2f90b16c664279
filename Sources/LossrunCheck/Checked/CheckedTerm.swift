import LossrunDiagnostics

/// A loss term with its sampler resolved to an index and its residuals resolved.
package struct CheckedTerm: Hashable, Sendable {
  /// How each residual's per-point values become one loss value.
  package enum Reduction: String, Hashable, Sendable, CaseIterable {
    /// The mean of squared residuals.
    case meanSquare = "mse"
    /// The mean of absolute residuals.
    case meanAbsolute = "mae"
  }

  /// The term's name.
  package internal(set) var name: String
  /// Where the term's name was written.
  package internal(set) var range: SourceRange
  /// The index of its sampler in `CheckedSpec.samplers`.
  package internal(set) var sampler: Int
  /// One residual, or several for a system; the term's loss is the sum of their reductions.
  package internal(set) var residuals: [ResolvedExpression]
  /// Where each residual was written, in the order of `residuals`.
  package internal(set) var residualRanges: [SourceRange]
  /// How each residual's per-point values become a scalar (default mean square).
  package internal(set) var reduction: Reduction
  /// The initial weight (finite, not negative; default 1).
  package internal(set) var weight: Double
}
