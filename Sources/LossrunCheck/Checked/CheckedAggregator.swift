/// The gradient aggregator of a spec, with its settings typed and defaulted: selected alone
/// (`weighting: upgrad`) or composed with a scaling rule (`combine: upgrad`).
package enum CheckedAggregator: Hashable, Sendable {
  /// PCGrad (Yu et al. 2020); its order comes from the run's seed.
  case pcgrad
  /// MGDA, the min-norm point of the gradients' convex hull (Sener & Koltun 2018).
  case mgda
  /// CAGrad (Liu et al. 2021): radius factor `c`, `rescale` 0, 1 or 2.
  case cagrad(c: Double, rescale: Int)
  /// UPGrad (Quinton & Rey 2024).
  case upgrad(DualCone)
  /// DualProj (Quinton & Rey 2024).
  case dualproj(DualCone)
  /// ConFIG (Liu, Chu, Thuerey 2025) with the pseudo-inverse `cutoff`.
  case config(cutoff: Double)
  /// M-ConFIG, ConFIG of per-term momenta.
  case mconfig(MomentumConFIG)
  /// IMTL-G (Liu et al. 2021) with the pseudo-inverse `cutoff`.
  case imtlg(cutoff: Double)

  /// The settings of the dual-cone projection: TorchJD's `norm_eps` and `reg_eps`.
  package struct DualCone: Hashable, Sendable {
    /// Below this Gramian trace the gradients count as zero.
    package internal(set) var normalizationEpsilon: Double
    /// Added to the normalized Gramian's diagonal.
    package internal(set) var regularization: Double
  }

  /// The settings of M-ConFIG.
  package struct MomentumConFIG: Hashable, Sendable {
    /// The momentum decay β₁.
    package internal(set) var beta1: Double
    /// The second-moment decay β₂.
    package internal(set) var beta2: Double
    /// Whether the direction is divided by the pseudo-gradient's second moment.
    package internal(set) var normalizesBySecondMoment: Bool
    /// ConFIG's pseudo-inverse cutoff.
    package internal(set) var cutoff: Double
  }

  /// The aggregator's name in the weighting catalogue.
  package var ruleName: String {
    switch self {
    case .pcgrad: "pcgrad"
    case .mgda: "mgda"
    case .cagrad: "cagrad"
    case .upgrad: "upgrad"
    case .dualproj: "dualproj"
    case .config: "config"
    case .mconfig: "mconfig"
    case .imtlg: "imtlg"
    }
  }
}
