import LossrunDiagnostics

/// A residual that reads the network but simplifies to zero (`u - u`).
package struct IdenticallyZeroResidualRule: LintRule {
  package let id: DiagnosticID = .identicallyZeroResidual
  package let rationale =
    "a residual that is zero for every network (`u - u`, usually a typo for `u - u0`) adds a "
    + "term that constrains nothing"
  package let example = "bc: { on: edge, residual: \"u - u\" }"
  package let fix = "subtract the intended target: `u - u0`"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for term in context.checked.terms {
      for (residual, range) in zip(term.residuals, term.residualRanges)
      where residual.dependsOnNetwork && PolynomialForm(residual)?.isZero == true {
        diagnostics.warning(
          id,
          "the residual of term '\(term.name)' simplifies to 0 for every network, so the term "
            + "constrains nothing (did you mean to subtract a target, such as `u - u0`?)",
          at: range)
      }
    }
  }
}
