extension WeightingCatalogue {
  /// Per rule name: what it costs per training step and what it needs from a spec, read by
  /// ``WeightingRuleDescriptor/cost`` and ``WeightingRuleDescriptor/needs``.
  ///
  /// Kept apart from ``rules`` so that adding a rule and describing its cost are separate edits;
  /// a test fails when a catalogued rule has no entry here. "Per-term pass" means one backward
  /// pass per term (m gradients of P parameters) instead of one summed pass; "Gramian" means
  /// m(m+1)/2 dot products over P parameters on top of it.
  package static let costs: [String: (cost: String, needs: WeightingRuleNeeds)] = [
    "fixed": ("none: one summed backward pass", []),
    "annealing": (
      "a per-term pass and per-term |g| statistics every `every` steps; summed pass otherwise", []
    ),
    "grad_norm_balance": (
      "a per-term pass and per-term ‖g‖ every `every` steps; summed pass otherwise", []
    ),
    "gradnorm": (
      "a per-term pass every step, plus the gradient of the GradNorm loss on the measured layer",
      []
    ),
    "relobralo": ("losses only: O(m) per step, no extra backward pass", []),
    "softadapt": ("losses only: O(m) per step, no extra backward pass", []),
    "uncertainty": ("losses only: O(m) per step, an Adam update of m log-variances", []),
    "ntk": (
      "every `every` steps, one forward and one reverse sweep per residual component over "
        + "`batch` points per term (no per-point gradients); summed pass otherwise", []
    ),
    "causal": (
      "per-point weights on the weighted terms: a sort of their points by time when they are "
        + "redrawn, O(N) per step; no extra pass (the weights lag one step, the first step "
        + "costs one extra forward sweep)", [.timeInput]
    ),
    "rba": (
      "per-point weights on the weighted terms: O(N) per step from the pass's residuals; no "
        + "extra pass (the multipliers lag one step)", [.fixedPoints]
    ),
    "self_adaptive": (
      "per-point weights on the weighted terms: O(N) per step, an Adam ascent step on N "
        + "per-point weights; no extra pass", [.fixedPoints]
    ),
    "pcgrad": ("a per-term pass every step, the Gramian, O(m²) projections", []),
    "mgda": ("a per-term pass every step, the Gramian, a small QP on the m×m Gramian", []),
    "cagrad": ("a per-term pass every step, the Gramian, a small dual solve on it", []),
    "upgrad": ("a per-term pass every step, the Gramian, m small QPs on the m×m Gramian", []),
    "dualproj": ("a per-term pass every step, the Gramian, one small QP on it", []),
    "config": (
      "a per-term pass every step, the Gramian, a pseudo-inverse of the m unit gradients", []
    ),
    "mconfig": (
      "a per-term pass every step, m momentum buffers of P parameters, a pseudo-inverse of the "
        + "m unit momenta", []
    ),
    "imtlg": ("a per-term pass every step, the Gramian, an m×m linear solve", []),
  ]
}
