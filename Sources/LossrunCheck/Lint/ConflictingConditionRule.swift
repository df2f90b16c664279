import LossrunDiagnostics

/// Two Dirichlet conditions (`u - g` on a boundary sampler) that prescribe different values on a
/// part of the boundary both select.
///
/// The shared part is found by geometry (the faces where the conjunction of both selections has
/// positive measure); the two targets are compared at a grid of points of each shared face where
/// both selections hold.
package struct ConflictingConditionRule: LintRule {
  package let id: DiagnosticID = .conflictingConditions
  package let rationale =
    "two Dirichlet terms that prescribe different values on the same part of the boundary "
    + "cannot both be met; training settles on a compromise that satisfies neither"
  package let example =
    "a: { on: walls, residual: \"u\" } and b: { on: left, residual: \"u - 1\" }   # left is part of walls"
  package let fix =
    "narrow one sampler's `where` so the parts do not overlap, or make the targets agree"

  /// Test points per free axis of a shared face.
  static let pointsPerAxis = 7

  /// A residual `c·u + rest(x)`: the output, and the value it prescribes.
  struct Dirichlet {
    var term: Int
    var output: Int
    var range: SourceRange
    var target: PolynomialForm
    var coefficient: Double
  }

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let spec = context.checked
    var conditions: [Dirichlet] = []
    for (index, term) in spec.terms.enumerated()
    where spec.samplers[term.sampler].region == .boundary {
      for (residual, range) in zip(term.residuals, term.residualRanges) {
        if let condition = Self.dirichlet(residual, term: index, range: range, spec: spec) {
          conditions.append(condition)
        }
      }
    }
    let geometry = SelectionGeometry(inputs: spec.inputs)
    var reported = Set<Int>()
    for (later, second) in conditions.enumerated() {
      for first in conditions[..<later]
      where first.output == second.output && first.term != second.term
        && !reported.contains(second.term)
      {
        guard let face = conflict(first, second, spec: spec, geometry: geometry) else { continue }
        reported.insert(second.term)
        let name = spec.network.outputs[second.output]
        diagnostics.warning(
          id,
          "terms '\(spec.terms[first.term].name)' and '\(spec.terms[second.term].name)' both set "
            + "\(name) on \(face) but to different values ("
            + "\(conflictText(first, second, spec: spec, geometry: geometry))); narrow one "
            + "sampler's `where` or make the targets agree",
          at: second.range,
          notes: [Diagnostic.Note("the other condition", at: first.range)])
      }
    }
  }

  /// The residual as a Dirichlet condition, when it is `c·u + rest` with `rest` reading inputs.
  static func dirichlet(
    _ residual: ResolvedExpression, term: Int, range: SourceRange, spec: CheckedSpec
  ) -> Dirichlet? {
    guard let form = PolynomialForm(residual) else { return nil }
    var network: (Int, Double)?
    var rest = form
    for (monomial, coefficient) in form.terms
    where monomial.keys.contains(where: \.dependsOnNetwork) {
      guard network == nil, monomial.count == 1, let (atom, power) = monomial.first, power == 1,
        case .network(let channel) = atom, channel.derivative.totalOrder == 0
      else { return nil }
      network = (channel.output, coefficient)
      rest.terms[monomial] = nil
    }
    guard let (output, coefficient) = network,
      rest.terms.keys.allSatisfy({ $0.keys.allSatisfy { $0.parameterIndices.isEmpty } })
    else { return nil }
    return Dirichlet(
      term: term, output: output, range: range, target: rest, coefficient: coefficient)
  }

  /// The name of a face where the two conditions differ, or nil.
  private func conflict(
    _ first: Dirichlet, _ second: Dirichlet, spec: CheckedSpec, geometry: SelectionGeometry
  ) -> String? {
    differingPoint(first, second, spec: spec, geometry: geometry)?.face
  }

  private func conflictText(
    _ first: Dirichlet, _ second: Dirichlet, spec: CheckedSpec, geometry: SelectionGeometry
  ) -> String {
    guard let found = differingPoint(first, second, spec: spec, geometry: geometry) else {
      return ""
    }
    let coordinates = zip(spec.inputs, found.point).map { "\($0.name) = \($1)" }
    return "\(found.values.0) against \(found.values.1) at "
      + coordinates.joined(separator: ", ")
  }

  /// A point of a shared face where the targets differ.
  private func differingPoint(
    _ first: Dirichlet, _ second: Dirichlet, spec: CheckedSpec, geometry: SelectionGeometry
  ) -> (face: String, point: [Double], values: (Double, Double))? {
    let firstSelection = spec.samplers[spec.terms[first.term].sampler].drawn?.predicate
    let secondSelection = spec.samplers[spec.terms[second.term].sampler].drawn?.predicate
    let both: ResolvedPredicate? =
      switch (firstSelection, secondSelection) {
      case (nil, nil): nil
      case (let one?, nil), (nil, let one?): one
      case (let one?, let other?): .and(one, other)
      }
    for face in geometry.pieces(of: .boundary)
    where geometry.fraction(of: both, on: face).value > 0 {
      let free = spec.inputs.indices.filter { face.fixed[$0] == nil }
      var counters = Array(repeating: 0, count: free.count)
      var point = Array(repeating: 0.0, count: spec.inputs.count)
      for (axis, value) in face.fixed { point[axis] = value }
      while true {
        for (slot, axis) in free.enumerated() {
          let input = spec.inputs[axis]
          point[axis] =
            input.lower + (input.upper - input.lower) * (Double(counters[slot]) + 0.5)
            / Double(Self.pointsPerAxis)
        }
        if both?.holds(inputs: point) ?? true,
          let a = first.target.value(inputs: point).map({ 0 - $0 / first.coefficient }),
          let b = second.target.value(inputs: point).map({ 0 - $0 / second.coefficient }),
          a.isFinite, b.isFinite, !ResolvedPredicate.approximatelyEqual(a, b)
        {
          return (face.name, point, (a, b))
        }
        var slot = 0
        while slot < counters.count {
          counters[slot] += 1
          if counters[slot] < Self.pointsPerAxis { break }
          counters[slot] = 0
          slot += 1
        }
        if slot == counters.count { break }
      }
    }
    return nil
  }
}
