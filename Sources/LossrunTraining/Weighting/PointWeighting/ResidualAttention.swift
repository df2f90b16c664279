/// Residual-based attention (Anagnostopoulos, Toscano, Stergiopulos, Karniadakis, CMAME 2024):
/// one multiplier λ_j per point of a weighted term, updated without gradients,
/// λ_j ← γ·λ_j + η·|r_j| / max_k |r_k|, and the term's loss mean((λ_j·r_j)²): the engine's
/// per-point weight is λ_j². |r_j| is the norm of the point's residual components.
///
/// The update uses the residuals the step's pass recorded, so the multipliers of a step come
/// from the residuals of the step before (the first step's from one forward-only sweep).
struct ResidualAttention: Sendable {
  /// The decay γ.
  var gamma: Double
  /// The learning rate η.
  var eta: Double
  /// The initial λ.
  var initial: Double

  /// One update of `multipliers` from each point's squared residual norm `squaredResiduals`.
  /// A vanished residual everywhere leaves only the decay.
  func update(_ multipliers: inout [Double], squaredResiduals: [Double]) {
    let largest = (squaredResiduals.max() ?? 0).squareRoot()
    for j in multipliers.indices {
      let attention = largest > 0 ? squaredResiduals[j].squareRoot() / largest : 0
      multipliers[j] = gamma * multipliers[j] + eta * attention
    }
  }
}
