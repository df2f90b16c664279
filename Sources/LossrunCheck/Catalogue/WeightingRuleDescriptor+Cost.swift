extension WeightingRuleDescriptor {
  /// What the rule costs per training step, in words, from ``WeightingCatalogue/costs``
  /// (`unknown` for a rule missing from that table; a test keeps the table complete).
  package var cost: String { WeightingCatalogue.costs[name]?.cost ?? "unknown" }

  /// What the rule needs from a spec beyond its terms.
  package var needs: WeightingRuleNeeds { WeightingCatalogue.costs[name]?.needs ?? [] }
}
