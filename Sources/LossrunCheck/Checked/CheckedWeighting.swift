/// The weighting rule with its preset expanded, every setting typed and defaulted, and term names
/// turned into term indices (into `CheckedSpec.terms`).
///
/// Only rules that training implements appear here; the checker reports the others as not
/// implemented yet (see `WeightingCatalogue`).
package enum CheckedWeighting: Hashable, Sendable {
  /// Weights stay at each term's initial weight.
  case fixed
  /// Learning-rate annealing (Wang, Teng, Perdikaris 2021) in all its published variants.
  case annealing(Annealing)
  /// Gradient-norm balancing (jaxpi `grad_norm`, lossrun `grad_norm_balance`).
  case gradientNormBalancing(GradientNormBalancing)
  /// ReLoBRaLo (Bischof and Kraus 2021).
  case relativeLossBalancing(RelativeLossBalancing)
  /// SoftAdapt (Heydari et al. 2019, PhysicsNeMo-Sym form).
  case softAdapt(SoftAdapt)
  /// Homoscedastic uncertainty weighting (Kendall et al. 2018).
  case uncertainty(Uncertainty)
  /// GradNorm (Chen et al. 2018).
  case gradNorm(GradNorm)
  /// NTK weighting (Wang, Yu, Perdikaris 2022).
  case ntk(NTK)

  /// The rule's name in the weighting catalogue (`fixed`, `annealing`, `grad_norm_balance`,
  /// `relobralo`, `softadapt`, `uncertainty`, `gradnorm`, `ntk`).
  package var ruleName: String {
    switch self {
    case .fixed: "fixed"
    case .annealing: "annealing"
    case .gradientNormBalancing: "grad_norm_balance"
    case .relativeLossBalancing: "relobralo"
    case .softAdapt: "softadapt"
    case .uncertainty: "uncertainty"
    case .gradNorm: "gradnorm"
    case .ntk: "ntk"
    }
  }

  /// The numerator statistic of annealing: `stat`.
  package enum Statistic: String, Hashable, Sendable, CaseIterable {
    /// max |g_ref| (the paper and its reference code).
    case max
    /// mean |g_ref| (PhysicsNeMo-Sym).
    case mean
  }

  /// Which parameters the gradient statistics range over: `params`.
  package enum ParameterSubset: String, Hashable, Sendable, CaseIterable {
    /// Every weight and bias (and learnable spec parameter).
    case all
    /// Only the layers' weight matrices (no biases).
    case weights
  }

  /// Settings of learning-rate annealing.
  ///
  /// Every `every` steps: ŵ_i = stat|g_ref| / denominator_i, w_i ← (1 − ema)·w_i + ema·ŵ_i for
  /// every term i but the reference, whose weight stays at its initial weight.
  package struct Annealing: Hashable, Sendable {
    /// The reference term's index (the PDE residual; default: the first term on an interior
    /// sampler, else the first term).
    package internal(set) var reference: Int
    /// The numerator statistic.
    package internal(set) var statistic: Statistic
    /// The EMA factor in (0, 1].
    package internal(set) var ema: Double
    /// Update the weights every this many steps.
    package internal(set) var every: Int
    /// The first update step (updates at `start`, `start + every`, …).
    package internal(set) var start: Int
    /// The parameter subset of the statistics.
    package internal(set) var parameters: ParameterSubset
    /// Denominator as the mean over layers of each layer's mean |g_i|.
    package internal(set) var perLayerMean: Bool
    /// Take the denominator's gradient of the already weighted loss w_i·L_i.
    package internal(set) var weightedDenominator: Bool
    /// Groups of terms that share one weight; for each group the statistic is taken of the
    /// group's summed loss.
    package internal(set) var shared: [[Int]]
    /// Added to every denominator (PhysicsNeMo-Sym uses 1e-8).
    package internal(set) var epsilon: Double

  }

  /// Settings of gradient-norm balancing: ŵ_i = mean_j ||g_j|| / ||g_i||, EMA toward ŵ.
  package struct GradientNormBalancing: Hashable, Sendable {
    /// The EMA factor in (0, 1].
    package internal(set) var ema: Double
    /// Update every this many steps.
    package internal(set) var every: Int
    /// The parameter subset of the norms.
    package internal(set) var parameters: ParameterSubset
  }

  /// Settings of ReLoBRaLo: w_i(t) = α·(ρ·w_i(t−1) + (1 − ρ)·bal(t, 0)_i) + (1 − α)·bal(t, t−1)_i.
  package struct RelativeLossBalancing: Hashable, Sendable {
    /// The history factor α.
    package internal(set) var alpha: Double
    /// The softmax temperature T.
    package internal(set) var temperature: Double
    /// The expected value E[ρ] of the Bernoulli lookback.
    package internal(set) var expectedRho: Double
  }

  /// Settings of SoftAdapt: w_i ∝ exp(L_i / (L_i^prev + ε) − max_j …), Σw = m.
  package struct SoftAdapt: Hashable, Sendable {
    /// Added to the previous loss.
    package internal(set) var epsilon: Double
  }

  /// Settings of uncertainty weighting: learnable s_i, total Σ ½e^{−s_i}L_i + ½s_i.
  package struct Uncertainty: Hashable, Sendable {
    /// The learning rate of the s_i, or nil for the training learning rate.
    package internal(set) var learningRate: Double?
  }

  /// Which parameters GradNorm measures G_i on: `layer`.
  package enum GradNormLayer: String, Hashable, Sendable, CaseIterable {
    /// The weights into the last hidden layer.
    case lastHidden = "last_hidden"
    /// The output layer's weights.
    case output
    /// Every parameter.
    case all
  }

  /// Settings of GradNorm: learnable w_i = exp(s_i), Σw = m, auxiliary loss
  /// Σ|G_i − mean(G)·r_i^α|.
  package struct GradNorm: Hashable, Sendable {
    /// The restoring-force exponent α.
    package internal(set) var alpha: Double
    /// The learning rate of the s_i, or nil for the training learning rate.
    package internal(set) var learningRate: Double?
    /// The parameters G_i is measured on.
    package internal(set) var layer: GradNormLayer
  }

  /// How NTK weighting summarizes a term's kernel block: `trace`.
  package enum NTKTrace: String, Hashable, Sendable, CaseIterable {
    /// tr(K_i), the sum of the block's diagonal (the paper).
    case sum
    /// The mean of the block's diagonal (jaxpi).
    case mean
  }

  /// Settings of NTK weighting: ŵ_i = S / (s_i + ε·S) from each term's kernel block, EMA
  /// toward ŵ.
  package struct NTK: Hashable, Sendable {
    /// Update every this many steps.
    package internal(set) var every: Int
    /// Points per term used for the trace.
    package internal(set) var batch: Int
    /// The EMA factor in (0, 1].
    package internal(set) var ema: Double
    /// The summary of a term's kernel block.
    package internal(set) var trace: NTKTrace
    /// The denominator's regularization relative to the numerator.
    package internal(set) var epsilon: Double
  }
}
