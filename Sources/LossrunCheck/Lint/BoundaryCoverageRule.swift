import LossrunDiagnostics

/// A face of the space box that no boundary condition covers for an output whose equations need
/// one there.
///
/// An output differentiated to second order in space (`lap(u)`, `u_xx`) needs a condition on
/// every face; one differentiated only to first order along a direction (transport) needs one
/// on at least one of that direction's two faces. A face is covered for an output by the union
/// of the selections of the boundary samplers of the terms that read it (decided by
/// `SelectionGeometry`, so `x == 0 or y == 1` covers two faces and `x == 1 and y < 0.5` half of
/// one), by the spec's `natural:` faces, or by a condition between points that reads it on the
/// face (`periodic: x` covers both x faces). Outputs a data term observes are exempt.
package struct BoundaryCoverageRule: LintRule {
  package let id: DiagnosticID = .uncoveredBoundary
  package let rationale =
    "an elliptic or parabolic equation needs a condition on every part of the boundary (and a "
    + "transport equation on its inflow side); a face left out makes the solution non-unique"
  package let example =
    "edge: { region: boundary, where: \"x == 0 or y == 0 or x == 1\", points: 64 }   # with lap(u)"
  package let fix =
    "add a condition term on a sampler that selects the face, or declare it free: `natural: [\"y == 1\"]`"

  /// The share of a face a union of selections must reach to cover it.
  static let coveredShare = 1 - 1e-9

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let spec = context.checked
    let facts = ConditionFacts(spec)
    if let domain = spec.domain {
      checkDomain(domain, context, facts, into: &diagnostics)
      return
    }
    let geometry = SelectionGeometry(inputs: spec.inputs)
    let faces = geometry.pieces(of: .boundary)
    for (output, needs) in facts.needs.enumerated() {
      guard !facts.observed[output], let site = needs.spaceSite, needs.spaceOrder >= 1,
        needs.spaceOrder >= 2 || !needs.drivenByAnotherOutput
      else { continue }
      let union = Self.union(
        facts.boundarySamplers[output].map { spec.samplers[$0].drawn?.predicate }
          + context.checked.naturalFaces.map(Optional.some)
          + facts.linkedFaces[output].map(Optional.some))
      let shares = faces.map { geometry.fraction(of: union, on: $0).value }
      let name = spec.network.outputs[output]
      var missing: [String] = []
      if needs.spaceOrder >= 2 {
        for (face, share) in zip(faces, shares) where share < Self.coveredShare {
          missing.append(
            share > 0
              ? "\(face.name) is only \(Int((share * 100).rounded()))% covered" : face.name)
        }
      } else {
        for axis in needs.directions.sorted() {
          let pair = faces.indices.filter { faces[$0].fixed[axis] != nil }
          if pair.allSatisfy({ shares[$0] == 0 }) {
            missing.append(pair.map { faces[$0].name }.joined(separator: " or "))
          }
        }
      }
      guard !missing.isEmpty else { continue }
      let order =
        needs.spaceOrder >= 2
        ? "needs a condition on every face" : "needs one on the inflow face of each direction"
      diagnostics.warning(
        id,
        "no condition on \(missing.joined(separator: ", ")) for \(name); \(site.name) in this "
          + "residual \(order) (add a Dirichlet, Neumann or Robin term on a boundary sampler "
          + "that selects it, or declare the face free with `natural: [...]`)",
        at: context.site(of: site.name, in: site.range))
    }
  }

  /// The disjunction of selections; nil (everything) when one of them is nil.
  static func union(_ selections: [ResolvedPredicate?]) -> ResolvedPredicate? {
    guard !selections.isEmpty else {
      return .comparison(.less, .number(1), .number(0))
    }
    var result: ResolvedPredicate?
    for selection in selections {
      guard let selection else { return nil }
      result = result.map { .or($0, selection) } ?? selection
    }
    return result
  }
}
