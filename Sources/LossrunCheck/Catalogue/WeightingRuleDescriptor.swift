/// A weighting rule in the catalogue: its name, settings, source and whether training implements
/// it yet.
package struct WeightingRuleDescriptor: Hashable, Sendable {
  /// What a rule produces.
  package enum Kind: String, Hashable, Sendable {
    /// A scaling rule: a weight per term, the update is Σ w_i g_i.
    case scalingRule = "scaling rule"
    /// A gradient aggregator: one update direction from the per-term gradients.
    case aggregator
    /// A per-point rule: weights within a term, one per point (the term's loss is
    /// mean_j(w_j·r_j²)); alone, or composed with a scaling rule by `points:`.
    case pointRule = "per-point rule"
  }

  /// The name a spec writes after `rule:`.
  package var name: String
  /// One line on what the rule does.
  package var summary: String
  /// Where the rule comes from.
  package var source: String
  /// The settings it accepts.
  package var settings: [SettingDescriptor]
  /// Whether training implements it; a spec naming a rule that is not implemented is an error.
  package var isImplemented: Bool
  /// Whether it scales the terms or aggregates their gradients.
  package var kind: Kind
  /// For an aggregator: whether its direction is a weighting of the step's gradients computed
  /// from their Gramian, so that it can `combine` the gradients a scaling rule scaled.
  package var combinesScaledGradients: Bool

  /// Creates a descriptor.
  package init(
    name: String, summary: String, source: String, settings: [SettingDescriptor],
    isImplemented: Bool, kind: Kind = .scalingRule, combinesScaledGradients: Bool = false
  ) {
    self.name = name
    self.summary = summary
    self.source = source
    self.settings = settings
    self.isImplemented = isImplemented
    self.kind = kind
    self.combinesScaledGradients = combinesScaledGradients
  }
}
