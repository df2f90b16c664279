/// A per-point weighting rule with its settings typed and defaulted: weights within the terms
/// it lists, one per point, so that a term's loss is mean_j(w_j·r_j²). Selected alone
/// (`weighting: causal`, the term weights stay fixed) or composed with a scaling rule
/// (`{ rule: grad_norm_balance, points: causal }`).
package enum CheckedPointWeighting: Hashable, Sendable {
  /// Causal weighting of time chunks (Wang, Sankaran, Perdikaris 2024).
  case causal(Causal)
  /// Residual-based attention (Anagnostopoulos et al. 2024).
  case rba(ResidualAttention)
  /// Self-adaptive weights (McClenny & Braga-Neto 2023).
  case selfAdaptive(SelfAdaptive)

  /// The rule's name in the weighting catalogue.
  package var ruleName: String {
    switch self {
    case .causal: "causal"
    case .rba: "rba"
    case .selfAdaptive: "self_adaptive"
    }
  }

  /// The indices (into `CheckedSpec.terms`) of the terms whose points are weighted, ascending.
  package var terms: [Int] {
    switch self {
    case .causal(let causal): causal.terms
    case .rba(let rba): rba.terms
    case .selfAdaptive(let selfAdaptive): selfAdaptive.terms
    }
  }

  /// Settings of causal weighting: K chunks of each term's points in time order, chunk losses
  /// l_k, w_k = exp(−ε Σ_{j<k} l_j), with an optional ε schedule.
  package struct Causal: Hashable, Sendable {
    /// The weighted terms.
    package internal(set) var terms: [Int]
    /// The index of the time input among the spec's inputs.
    package internal(set) var timeInput: Int
    /// The causality parameter ε at the start.
    package internal(set) var epsilon: Double
    /// The number of chunks K.
    package internal(set) var chunks: Int
    /// The schedule's cap on ε; nil: no schedule.
    package internal(set) var epsilonMaximum: Double?
    /// The schedule's growth factor.
    package internal(set) var growth: Double
    /// The schedule grows ε when min_k w_k exceeds this.
    package internal(set) var tolerance: Double
  }

  /// Settings of residual-based attention: λ_j ← γλ_j + η|r_j|/max_k|r_k|, weight λ_j².
  package struct ResidualAttention: Hashable, Sendable {
    /// The weighted terms.
    package internal(set) var terms: [Int]
    /// The decay γ.
    package internal(set) var gamma: Double
    /// The learning rate η.
    package internal(set) var eta: Double
    /// The initial multiplier.
    package internal(set) var initial: Double
  }

  /// The positive mask of self-adaptive weights.
  package enum Mask: String, Hashable, Sendable, CaseIterable {
    /// m(λ) = λ².
    case square
    /// m(λ) = 1/(1 + e^{−λ}).
    case sigmoid
  }

  /// Settings of self-adaptive weights: learnable λ_j, weight m(λ_j), ascent by Adam.
  package struct SelfAdaptive: Hashable, Sendable {
    /// The weighted terms.
    package internal(set) var terms: [Int]
    /// The mask.
    package internal(set) var mask: Mask
    /// The learning rate of the ascent.
    package internal(set) var learningRate: Double
    /// The initial λ_j.
    package internal(set) var initial: Double
  }
}
