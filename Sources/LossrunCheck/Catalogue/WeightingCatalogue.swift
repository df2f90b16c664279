import LossrunSpec

/// Every weighting rule and preset lossrun knows, with settings and defaults as in
/// `shared/reference/weighting-rules.md`.
///
/// Training implements every rule: the scaling rules `fixed`, `annealing`, `grad_norm_balance`,
/// `relobralo`, `softadapt`, `uncertainty`, `gradnorm` and `ntk` (and the presets built on
/// them), the per-point rules `causal`, `rba` and `self_adaptive`, and the aggregators
/// `pcgrad`, `mgda`, `cagrad`, `upgrad`, `dualproj`, `config`, `mconfig` and `imtlg`. A rule
/// catalogued before training runs it (`isImplemented: false`) gets a precise
/// `rule-not-implemented` error, and its settings are already checked.
package enum WeightingCatalogue {
  /// The settings shared by the rules that update on a period with an EMA.
  private static func ema(_ value: Double) -> SettingDescriptor {
    SettingDescriptor(
      "ema", .number(positive: true, atMostOne: true), default: .number(value),
      "EMA factor a: w ← (1 − a)·w + a·ŵ")
  }

  private static func every(_ value: Int) -> SettingDescriptor {
    SettingDescriptor(
      "every", .integer(minimum: 1), default: .number(Double(value)),
      "update the weights every this many steps")
  }

  private static let params = SettingDescriptor(
    "params", .choice(["all", "weights"]), default: .word("all"),
    "parameters the gradient statistics range over (weights = no biases)")

  /// The settings of the dual-cone projection (UPGrad, DualProj), TorchJD's defaults.
  private static let dualCone = [
    SettingDescriptor(
      "norm_eps", .nonNegativeNumber, default: .number(1e-4),
      "below this Gramian trace the gradients count as zero (TorchJD `norm_eps`)"),
    SettingDescriptor(
      "reg_eps", .nonNegativeNumber, default: .number(1e-4),
      "regularization of the projection's QP (TorchJD `reg_eps`)"),
  ]

  /// The pseudo-inverse cutoff of ConFIG, M-ConFIG and IMTL-G.
  private static let cutoff = SettingDescriptor(
    "cutoff", .nonNegativeNumber, default: .number(1e-10),
    "eigenvalues below this times the largest count as zero (a pseudo-inverse's rcond)")

  /// An implemented aggregator.
  private static func aggregator(
    _ name: String, _ summary: String, _ source: String, _ settings: [SettingDescriptor],
    combinesScaledGradients: Bool = true
  ) -> WeightingRuleDescriptor {
    WeightingRuleDescriptor(
      name: name, summary: summary, source: source, settings: settings, isImplemented: true,
      kind: .aggregator, combinesScaledGradients: combinesScaledGradients)
  }

  /// A per-point rule (weights within a term; training implements every one).
  private static func pointRule(
    _ name: String, _ summary: String, _ source: String, _ settings: [SettingDescriptor]
  ) -> WeightingRuleDescriptor {
    WeightingRuleDescriptor(
      name: name, summary: summary, source: source, settings: settings, isImplemented: true,
      kind: .pointRule)
  }

  /// The `terms` setting of a per-point rule.
  private static func pointTerms(_ what: String) -> SettingDescriptor {
    SettingDescriptor(
      "terms", .terms, default: nil, what + "; default: the terms on interior samplers")
  }

  /// Every rule: scaling rules, per-point rules, aggregators.
  package static let rules: [WeightingRuleDescriptor] = [
    WeightingRuleDescriptor(
      name: "fixed", summary: "each term keeps its initial weight", source: "-", settings: [],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "annealing",
      summary: "learning-rate annealing: ŵ_i = stat|g_ref| / mean|g_i|, EMA toward ŵ",
      source: "Wang, Teng, Perdikaris, SIAM J. Sci. Comput. 2021 (arXiv 2001.04536)",
      settings: [
        SettingDescriptor(
          "reference", .term, default: nil,
          "the reference (PDE residual) term; default: the first term on an interior sampler"),
        SettingDescriptor(
          "stat", .choice(["max", "mean"]), default: .word("mean"),
          "numerator statistic of |g_ref| (mean is markedly more stable; the paper uses max)"),
        ema(0.1), every(10),
        SettingDescriptor(
          "start", .integer(minimum: 0), default: .number(0),
          "the first update step, then every `every` steps (the reference code computes the "
            + "weight after the optimizer step, so its first one weights step 1: `start: 1`)"),
        params,
        SettingDescriptor(
          "per_layer_mean", .boolean, default: .bool(false),
          "denominator as the mean over layers of each layer's mean |g_i|"),
        SettingDescriptor(
          "weighted_denominator", .boolean, default: .bool(false),
          "take the denominator's gradient of the weighted loss w_i·L_i"),
        SettingDescriptor(
          "shared", .terms, default: .list([]), "terms that share one weight"),
        SettingDescriptor(
          "epsilon", .nonNegativeNumber, default: .number(0),
          "added to the denominator (PhysicsNeMo-Sym uses 1e-8)"),
      ],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "grad_norm_balance",
      summary: "gradient-norm balancing: ŵ_i = mean_j ||g_j|| / ||g_i||, EMA toward ŵ",
      source: "jaxpi `grad_norm` (Wang et al.)", settings: [ema(0.1), every(1000), params],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "gradnorm",
      summary: "GradNorm: learnable w_i = exp(s_i), Σw = m, balancing gradient norms and "
        + "training rates (reads gradient statistics every step)",
      source: "Chen et al., ICML 2018",
      settings: [
        SettingDescriptor(
          "alpha", .nonNegativeNumber, default: .number(1.5),
          "restoring-force exponent α (LibMTL 1.5, PhysicsNeMo-Sym 1.0)"),
        SettingDescriptor(
          "lr", .number(positive: true, atMostOne: false), default: nil,
          "Adam learning rate of the log-weights; default: the training lr (LibMTL trains "
            + "them with the model's optimizer)"),
        SettingDescriptor(
          "layer", .choice(["last_hidden", "output", "all"]), default: .word("last_hidden"),
          "parameters G_i is measured on: the weights into the last hidden layer, the output "
            + "layer's weights, or every parameter"),
      ],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "relobralo", summary: "relative loss balancing with random lookback (losses only)",
      source: "Bischof & Kraus, arXiv 2110.09813, Eq. 11",
      settings: [
        SettingDescriptor(
          "alpha", .number(positive: true, atMostOne: true), default: .number(0.999),
          "EMA factor α of the history (paper's Helmholtz tuning: 0.99)"),
        SettingDescriptor(
          "temperature", .number(positive: true, atMostOne: false), default: .number(1),
          "softmax temperature T (paper's Helmholtz tuning: 1e-5)"),
        SettingDescriptor(
          "rho", .number(positive: true, atMostOne: true), default: .number(0.999),
          "expected value E[ρ] of the Bernoulli lookback (paper's Helmholtz tuning: 0.99)"),
      ],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "softadapt",
      summary: "SoftAdapt: softmax of loss ratios to the previous step, Σw = m (losses only)",
      source: "Heydari et al. 2019 (PhysicsNeMo-Sym form)",
      settings: [
        SettingDescriptor(
          "epsilon", .nonNegativeNumber, default: .number(1e-8),
          "added to the previous loss in L_i / L_i^prev (guards a vanished loss)")
      ],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "uncertainty",
      summary: "homoscedastic uncertainty: Σ ½e^{−s_i}L_i + ½s_i, learnable s_i (losses only)",
      source: "Kendall, Gal, Cipolla, CVPR 2018",
      settings: [
        SettingDescriptor(
          "lr", .number(positive: true, atMostOne: false), default: nil,
          "Adam learning rate of the s_i; default: the training lr")
      ],
      isImplemented: true),
    WeightingRuleDescriptor(
      name: "ntk",
      summary: "NTK weighting: ŵ_i = tr(K) / tr(K_i), tr(K_i) = Σ_x ‖∂r_i(x)/∂θ‖² computed "
        + "exactly by the engine on `batch` points per term",
      source: "Wang, Yu, Perdikaris, J. Comput. Phys. 2022 (PINNsNTK); jaxpi `ntk`",
      settings: [
        every(100),
        SettingDescriptor(
          "ema", .number(positive: true, atMostOne: true), default: .number(1),
          "EMA factor (1 = no smoothing, as the reference notebook; jaxpi uses 0.1)"),
        SettingDescriptor(
          "batch", .integer(minimum: 1), default: .number(300),
          "points per term used for the trace: the first of its sampler's current points"),
        SettingDescriptor(
          "trace", .choice(["sum", "mean"]), default: .word("sum"),
          "sum = tr(K)/tr(K_i) (the paper); mean = mean_j mean diag K_j / mean diag K_i (jaxpi)"),
        SettingDescriptor(
          "epsilon", .nonNegativeNumber, default: .number(0),
          "ŵ_i = S / (s_i + ε·S): the denominator's regularization relative to S (jaxpi 1e-5)"),
      ],
      isImplemented: true),
    pointRule(
      "causal",
      "causal weighting of time chunks: w_k = exp(−ε Σ_{j<k} l_j), loss mean_k(w_k·l_k)",
      "Wang, Sankaran, Perdikaris, CMAME 2024 (arXiv 2203.07404); jaxpi `causal`",
      [
        SettingDescriptor(
          "epsilon", .number(positive: true, atMostOne: false), default: .number(1),
          "causality parameter ε (its start value with a schedule)"),
        SettingDescriptor(
          "chunks", .integer(minimum: 1), default: .number(32),
          "number of time chunks K (equal point counts, in time order)"),
        SettingDescriptor(
          "epsilon_max", .number(positive: true, atMostOne: false), default: nil,
          "ε schedule: when min_k w_k > tol, ε ← min(ε·growth, epsilon_max); off when absent"),
        SettingDescriptor(
          "growth", .number(positive: true, atMostOne: false), default: .number(10),
          "factor of the ε schedule"),
        SettingDescriptor(
          "tol", .number(positive: true, atMostOne: true), default: .number(0.99),
          "the ε schedule grows ε when every chunk weight exceeds this"),
        pointTerms("the time-dependent residual terms it weights"),
      ]),
    pointRule(
      "rba",
      "residual-based attention: per-point λ_j ← γλ_j + η|r_j|/max_k|r_k|, loss mean((λ_j r_j)²)",
      "Anagnostopoulos, Toscano, Stergiopulos, Karniadakis, CMAME 2024 (arXiv 2307.00379)",
      [
        SettingDescriptor(
          "gamma", .number(positive: true, atMostOne: true), default: .number(0.999),
          "decay γ of the multipliers"),
        SettingDescriptor(
          "eta", .number(positive: true, atMostOne: false), default: .number(0.01),
          "learning rate η of the multipliers"),
        SettingDescriptor(
          "initial", .nonNegativeNumber, default: .number(0),
          "initial multiplier λ_j (0 in the authors' code, `rsum = 0`)"),
        pointTerms("the terms whose points get multipliers"),
      ]),
    pointRule(
      "self_adaptive",
      "self-adaptive weights: learnable per-point λ_j, loss mean(m(λ_j)·r_j²), λ by gradient ascent",
      "McClenny & Braga-Neto, J. Comput. Phys. 2023 (arXiv 2009.04544)",
      [
        SettingDescriptor(
          "mask", .choice(["square", "sigmoid"]), default: .word("square"),
          "the positive mask m(λ): λ² or the logistic sigmoid 1/(1 + e^{−λ})"),
        SettingDescriptor(
          "lr", .number(positive: true, atMostOne: false), default: .number(0.005),
          "Adam learning rate of the ascent on λ (the paper's 0.005)"),
        SettingDescriptor(
          "initial", .number(positive: true, atMostOne: false), default: .number(1),
          "initial λ_j"),
        pointTerms("the terms whose points get learnable weights"),
      ]),
    aggregator(
      "pcgrad",
      "project each gradient off the others it conflicts with, in a seeded random "
        + "order, and sum",
      "Yu, Kumar, Gupta, Levine, Hausman, Finn, NeurIPS 2020 (arXiv 2001.06782)",
      []),
    aggregator(
      "mgda", "min-norm point of the convex hull of the gradients",
      "Désidéri 2012; Sener & Koltun, NeurIPS 2018 (arXiv 1810.04650)", []),
    aggregator(
      "cagrad", "conflict-averse gradient descent: best worst-term improvement near the mean",
      "Liu, Liu, Jin, Stone, Liu, NeurIPS 2021 (arXiv 2110.14048)",
      [
        SettingDescriptor(
          "c", .nonNegativeNumber, default: .number(0.5),
          "radius factor c of the ball around the average gradient (0 = the average)"),
        SettingDescriptor(
          "rescale", .integer(minimum: 0), default: .number(1),
          "scale the direction by 1 (0), 1/(1 + c²) (1) or 1/(1 + c) (2)"),
      ]),
    aggregator(
      "upgrad", "projection of each gradient onto the dual cone of all, summed",
      "Quinton & Rey 2024 (arXiv 2406.16232), TorchJD", dualCone),
    aggregator(
      "dualproj", "projection of the mean gradient onto the dual cone of all",
      "Quinton & Rey 2024 (arXiv 2406.16232), TorchJD", dualCone),
    aggregator(
      "config", "conflict-free inverse of the unit-normalized gradients: equal projections",
      "Liu, Chu, Thuerey, ICLR 2025 (arXiv 2408.11104)", [cutoff]),
    aggregator(
      "mconfig", "ConFIG of per-term momenta, one term's momentum updated per step",
      "Liu, Chu, Thuerey, ICLR 2025 (arXiv 2408.11104), Algorithm 2",
      [
        SettingDescriptor(
          "beta1", .number(positive: true, atMostOne: true), default: .number(0.9),
          "decay β₁ of each term's momentum"),
        SettingDescriptor(
          "beta2", .number(positive: true, atMostOne: true), default: .number(0.999),
          "decay β₂ of the pseudo-gradient's second moment"),
        SettingDescriptor(
          "normalize", .boolean, default: .bool(true),
          "divide the direction by the pseudo-gradient's second moment (the reference does)"),
        cutoff,
      ], combinesScaledGradients: false),
    aggregator(
      "imtlg", "weights with equal projections on every unit gradient, Σw = 1",
      "Liu, Li, Kuang, Xue, Chen, Yang, Liao, Zhang, ICLR 2021, TorchJD", [cutoff]),
  ]

  /// The presets, exactly as in the reference table.
  package static let presets: [WeightingPreset] = [
    WeightingPreset(
      name: "wang2021", rule: "annealing",
      settings: [
        "stat": .word("max"), "params": .word("weights"), "per_layer_mean": .bool(true),
        "weighted_denominator": .bool(true), "ema": .number(0.1), "every": .number(10),
      ],
      sharesBoundaryWeight: true,
      summary: "the GradientPathologiesPINNs reference code (Helmholtz)"),
    WeightingPreset(
      name: "physicsnemo", rule: "annealing",
      settings: [
        "stat": .word("mean"), "params": .word("all"), "ema": .number(0.01), "every": .number(1),
        "epsilon": .number(1e-8),
      ],
      sharesBoundaryWeight: false, summary: "PhysicsNeMo-Sym lr_annealing"),
    WeightingPreset(
      name: "jaxpi", rule: "grad_norm_balance",
      settings: ["ema": .number(0.1), "every": .number(1000)], sharesBoundaryWeight: false,
      summary: "jaxpi grad_norm"),
    WeightingPreset(
      name: "jaxpi_ntk", rule: "ntk",
      settings: [
        "trace": .word("mean"), "ema": .number(0.1), "every": .number(1000),
        "epsilon": .number(1e-5),
      ],
      sharesBoundaryWeight: false,
      summary: "jaxpi `ntk` scheme (mean diagonal, momentum 0.9, every 1000 steps)"),
  ]

  /// Rule names lossrun no longer accepts, each with the rules a spec that writes it probably
  /// means (the checker answers with a did-you-mean naming them).
  package static let renamedRules: [String: [(name: String, meaning: String)]] = [
    "grad_norm": [
      ("grad_norm_balance", "jaxpi's gradient-norm balancing, formerly `grad_norm`"),
      ("gradnorm", "GradNorm, Chen et al. 2018"),
    ]
  ]

  /// The rule named `name`.
  package static func rule(named name: String) -> WeightingRuleDescriptor? {
    rules.first { $0.name == name }
  }

  /// The preset named `name`.
  package static func preset(named name: String) -> WeightingPreset? {
    presets.first { $0.name == name }
  }

  /// Every name a spec may write after `rule:` (rules, then presets).
  package static var ruleAndPresetNames: [String] {
    rules.map(\.name) + presets.map(\.name)
  }
}
