import LossrunDiagnostics

extension BoundaryCoverageRule {
  /// The rule on a declared domain: for each output differentiated to second order in space,
  /// every shape's part of the combined boundary must be covered by the selections (`of:` and
  /// `where`) of the boundary samplers of its conditions, or by `natural:` predicates; decided
  /// on ``DomainCoverage``'s spread points at every time. Inflow sides of first-order
  /// (transport) equations are not checked on a domain.
  func checkDomain(
    _ domain: CheckedDomain, _ context: LintContext, _ facts: ConditionFacts,
    into diagnostics: inout DiagnosticCollector
  ) {
    let spec = context.checked
    let coverage = DomainCoverage(inputs: spec.inputs, shape: domain.shape)
    for (output, needs) in facts.needs.enumerated() {
      guard !facts.observed[output], let site = needs.spaceSite, needs.spaceOrder >= 2 else {
        continue
      }
      let selections = facts.boundarySamplers[output].compactMap { spec.samplers[$0].drawn }
      let shares = coverage.uncoveredShares { labels, point in
        spec.naturalFaces.contains { $0.holds(inputs: point) == true }
          || facts.linkedFaces[output].contains { $0.holds(inputs: point) == true }
          || selections.contains { drawn in
            (drawn.boundaryOf.map(labels.contains) ?? true)
              && (drawn.predicate?.holds(inputs: point) ?? true)
          }
      }
      let missing = shares.filter { $0.share > 0 }.map { part in
        let name = part.shape.isEmpty ? "the boundary" : "the boundary of '\(part.shape)'"
        return part.share >= 1
          ? name : "\(name) (about \(Int((part.share * 100).rounded()))% of it uncovered)"
      }
      guard !missing.isEmpty else { continue }
      diagnostics.warning(
        id,
        "no condition on \(missing.joined(separator: ", ")) for \(spec.network.outputs[output]); "
          + "\(site.name) in this residual needs a condition on the whole boundary of the "
          + "domain (add a Dirichlet, Neumann or Robin term on a boundary sampler that selects "
          + "it, with `of:` or `where`, or declare it free with `natural: [...]`)",
        at: context.site(of: site.name, in: site.range))
    }
  }
}
