/// How a term reduces its per-point residuals to a scalar loss.
public enum Reduction: String, Sendable, CaseIterable {
  /// `Σ_components mean_points r²`.
  case meanSquare
  /// `Σ_components mean_points |r|`.
  case meanAbsolute
}
