extension CheckedSpec {
  /// The spec's weighting as one name, as `summary.json` and `lossrun bench` print it: the
  /// scaling rule, the per-point rule and the aggregator joined by `+` (`annealing+upgrad`,
  /// `grad_norm_balance+causal`, `annealing+causal+upgrad`).
  ///
  /// A `fixed` scaling rule is left out when another rule follows and no aggregator is composed
  /// with it, so a rule selected alone keeps its own name (`upgrad`, `causal`);
  /// `weighting: { rule: fixed, combine: mgda }` stays `fixed+mgda`.
  package var weightingName: String {
    var names = [weighting.ruleName]
    if let pointWeighting { names.append(pointWeighting.ruleName) }
    if let aggregator { names.append(aggregator.ruleName) }
    if names.count > 1, weighting == .fixed, aggregator == nil || !aggregatesScaledGradients {
      names.removeFirst()
    }
    return names.joined(separator: "+")
  }
}
