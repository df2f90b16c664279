import LossrunDiagnostics

/// An output that the equations read only through first-order space derivatives next to another
/// output's second-order ones (pressure in incompressible flow), with no term that pins its
/// level.
package struct PressureGaugeRule: LintRule {
  package let id: DiagnosticID = .missingGauge
  package let rationale =
    "an output the equations see only through its gradient (pressure) is fixed only up to a "
    + "constant; a point, boundary or data condition on it fixes the gauge"
  package let example =
    "momentum: { on: inside, residual: [\"u*u_x + v*u_y + p_x - lap(u)/re\", ...] }   # no term reads p"
  package let fix = "pin the level: `p - p_exact` on a point or a part of the boundary"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let spec = context.checked
    let facts = ConditionFacts(spec)
    for (output, needs) in facts.needs.enumerated()
    where needs.spaceOrder == 1 && needs.drivenByAnotherOutput && needs.timeOrder == 0
      && !facts.pinned[output]
    {
      guard let site = needs.spaceSite else { continue }
      let name = spec.network.outputs[output]
      diagnostics.warning(
        id,
        "\(name) appears only through its gradient (\(site.name) in this residual), so it is "
          + "fixed only up to a constant; pin it with a term on a point or part of the boundary "
          + "(`\(name) - \(name)_exact` on a sampler `where: \"x == 1\"`) or observe it with a "
          + "data term",
        at: context.site(of: site.name, in: site.range))
    }
  }
}
