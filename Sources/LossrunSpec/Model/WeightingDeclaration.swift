import LossrunDiagnostics

/// The weighting rule by name with its settings, such as
/// `{ rule: annealing, reference: residual, stat: mean, ema: 0.1, every: 10 }`.
///
/// The catalogue of rules, presets and their settings lives with the checker; the model only
/// keeps what was written.
public struct WeightingDeclaration: Hashable, Sendable {
  /// The rule's name (or a preset's name, such as `wang2021`).
  public var rule: Located<String>
  /// The rule's settings in the order written.
  public var settings: [Setting]

  /// Creates a weighting declaration.
  public init(rule: Located<String>, settings: [Setting]) {
    self.rule = rule
    self.settings = settings
  }
}
