import LossrunDiagnostics

/// A term whose weight is written as 0.
package struct ZeroWeightRule: LintRule {
  package let id: DiagnosticID = .zeroWeight
  package let rationale =
    "a term with weight 0 costs a forward and backward pass and contributes "
    + "nothing (unless a weighting rule raises it)"
  package let example = "bc: { on: edge, residual: \"u\", weight: 0 }"
  package let fix = "give the term a positive weight, or remove it"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for term in context.spec.terms {
      guard let weight = term.weight, weight.value == 0 else { continue }
      diagnostics.warning(
        id,
        "term '\(term.name.value)' has weight 0; with fixed weights it contributes nothing to "
          + "training (remove it, or give it a positive weight)",
        at: weight.range)
    }
  }
}

/// A residual that reads neither the network nor a learnable parameter.
package struct ResidualWithoutGradientRule: LintRule {
  package let id: DiagnosticID = .residualWithoutGradient
  package let rationale =
    "a residual that reads neither the network nor a learnable parameter "
    + "is a constant: its loss has no gradient and cannot be reduced"
  package let example = "bc: { on: edge, residual: \"x - k\" }"
  package let fix = "read the network in the residual: `u - (x - k)`"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let learnable = Set(context.checked.parameters.filter(\.learnable).map(\.index))
    for (term, declaration) in zip(context.checked.terms, context.spec.terms) {
      for (residual, expression) in zip(term.residuals, declaration.residuals)
      where !residual.dependsOnNetwork && learnable.isDisjoint(with: residual.parameterIndices) {
        diagnostics.warning(
          id,
          "the residual of term '\(term.name)' reads neither the network nor a learnable "
            + "parameter, so training cannot change it",
          at: expression.range)
      }
    }
  }
}
