/// How weight decay enters a gradient-based update.
public enum WeightDecayMode: String, Hashable, Sendable, Codable {
  /// L2 regularisation: `λ·θ` is added to the gradient before the update (PyTorch `Adam`, `SGD`).
  /// With Adam the decay is then rescaled by the adaptive denominator.
  case l2
  /// Decoupled decay: θ ← θ·(1 − lr·λ) before the update, independent of the gradient
  /// (PyTorch `AdamW`, Loshchilov and Hutter 2019).
  case decoupled
}
