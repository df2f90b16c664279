import LossrunDiagnostics

/// An output whose equations take an n-th time derivative but which has fewer than n initial
/// conditions (value, then rate, ...).
package struct InitialConditionRule: LintRule {
  package let id: DiagnosticID = .missingInitialCondition
  package let rationale =
    "an evolution equation of order n in time needs n initial conditions (u_t: the value, "
    + "u_tt: the value and the rate); without them the network converges to a wrong answer"
  package let example = "pde: { on: inside, residual: \"u_tt - c^2*u_xx\" }   # with u(x, 0) only"
  package let fix =
    "add a term on an `initial` sampler for each missing order: `u - u0` (value), `u_t - v0` (rate)"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let spec = context.checked
    guard let time = spec.timeInput else { return }
    let facts = ConditionFacts(spec)
    let at = spec.inputs.map { $0.isTime ? SelectionGeometry.format($0.lower) : $0.name }
    for (output, needs) in facts.needs.enumerated() {
      guard needs.timeOrder > 0, !facts.observed[output], let site = needs.timeSite else {
        continue
      }
      let missing = (0..<needs.timeOrder).filter { !facts.initialOrders[output].contains($0) }
      guard let first = missing.first else { continue }
      var counts = Array(repeating: 0, count: spec.inputs.count)
      counts[time] = first
      let channel = OutputDerivative(output: output, derivative: MultiIndex(counts: counts))
      let written = ConditionFacts.name(of: channel, spec: spec)
      let point = "\(written)(\(at.joined(separator: ", ")))"
      let name = spec.network.outputs[output]
      let what = first == 0 ? "value" : first == 1 ? "rate" : "time derivative of order \(first)"
      diagnostics.warning(
        id,
        "\(point) has no condition for \(name); \(site.name) in this residual needs "
          + "\(needs.timeOrder) initial condition\(needs.timeOrder == 1 ? "" : "s") (add a term "
          + "on a sampler with `region: initial` whose residual sets the \(what), such as "
          + "`\(written) - g`, or observe \(name) with a data term)",
        at: context.site(of: site.name, in: site.range),
        notes: missing.count > 1
          ? [Diagnostic.Note("\(missing.count) of the \(needs.timeOrder) are missing")] : [])
    }
  }
}
