import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks each term's sampler, residuals, reduction and weight.
  mutating func checkTerms() {
    if spec.terms.isEmpty {
      diagnostics.error(
        .missingDeclaration,
        "the spec has no loss terms; add at least one, such as "
          + "`residual: { on: interior, residual: \"-lap(u) - f\" }`",
        at: spec.network?.range)
    }
    for declaration in spec.terms { terms.append(checkTerm(declaration)) }
  }

  private mutating func checkTerm(_ declaration: TermDeclaration) -> CheckedTerm? {
    let name = declaration.name.value
    let samplerName = declaration.sampler
    let samplerIndex = spec.samplers.firstIndex { $0.name.value == samplerName.value }
    if let samplerIndex {
      usage.samplers.insert(samplerIndex)
    } else {
      let names = spec.samplers.map(\.name.value)
      diagnostics.error(
        .unknownSampler,
        "term '\(name)' is on unknown sampler '\(samplerName.value)'"
          + Suggestion.didYouMean(samplerName.value, in: names)
          + " (samplers: \(names.joined(separator: ", ")))",
        at: samplerName.range)
    }
    let region = samplerIndex.flatMap { spec.samplers[$0].drawn?.region.value }
    var residuals: [ResolvedExpression] = []
    var valid = samplerIndex != nil
    var dataColumns: [String]?
    if let samplerIndex, case .file = spec.samplers[samplerIndex].source {
      // A data file that failed its checks was reported; its columns are unknown.
      guard let checked = samplers[samplerIndex] else { return nil }
      dataColumns = checked.dataColumns
    }
    if let periodic = declaration.periodic {
      if let expanded = periodicResiduals(periodic, term: name) {
        residuals = expanded
      } else {
        valid = false
      }
    } else if declaration.residuals.isEmpty {
      diagnostics.error(
        .missingDeclaration, "term '\(name)' has no residual expression", at: declaration.name.range
      )
      valid = false
    }
    for expression in declaration.residuals {
      let (resolved, facts) = resolveNumber(
        expression, .full, role: "the residual of term '\(name)'", dataColumns: dataColumns)
      record(facts)
      usage.parametersInTerms.formUnion(facts.parameters)
      usage.highOrderSites += facts.highOrderSites
      if samplerIndex != nil, region != .boundary {
        let kind = region.map { "with region '\($0.rawValue)'" } ?? "whose points are given"
        for site in facts.normalDerivativeSites {
          diagnostics.error(
            .normalDerivativeOffBoundary,
            "dn(...) is the derivative along the boundary's outward normal, but term '\(name)' is "
              + "on sampler '\(samplerName.value)' \(kind); put it on a "
              + "sampler with `region: boundary`",
            at: site)
          valid = false
        }
      }
      if let resolved { residuals.append(resolved) } else { valid = false }
    }
    let weight = declaration.weight
    if let weight, !(weight.value.isFinite && weight.value >= 0) {
      diagnostics.error(
        .invalidValue,
        "term '\(name)' has weight \(weight.value); a weight must be a finite number ≥ 0",
        at: weight.range)
      valid = false
    }
    guard valid, let samplerIndex else { return nil }
    return CheckedTerm(
      name: name, range: declaration.name.range, sampler: samplerIndex, residuals: residuals,
      residualRanges: declaration.periodic.map { periodic in
        residuals.map { _ in periodic.range }
      } ?? declaration.residuals.map(\.range),
      reduction: declaration.reduction.map { .init($0.value) } ?? .meanSquare,
      weight: weight?.value ?? 1)
  }

  /// `periodic: x`: for every output u, `u(x: a) - u(x: b)` and `u_x(x: a) - u_x(x: b)` at the
  /// input's bounds a < b (the sampler's points give the other inputs).
  private mutating func periodicResiduals(_ periodic: Located<String>, term: String)
    -> [ResolvedExpression]?
  {
    let names = spec.inputs.map(\.name.value)
    guard let index = names.firstIndex(of: periodic.value), inputs.indices.contains(index) else {
      if !names.contains(periodic.value) {
        diagnostics.error(
          .evaluationPoint,
          "term '\(term)' is periodic in '\(periodic.value)', which is not an input (inputs: "
            + names.joined(separator: ", ") + ")"
            + Suggestion.didYouMean(periodic.value, in: names), at: periodic.range)
      }
      return nil
    }
    let input = inputs[index]
    let outputs = spec.network?.outputs.count ?? 0
    let lower = PointMap.fixing(index, at: input.lower, inputCount: names.count)
    let upper = PointMap.fixing(index, at: input.upper, inputCount: names.count)
    var residuals: [ResolvedExpression] = []
    for order in 0...1 {
      for output in 0..<outputs {
        var derivative = MultiIndex.zero(inputCount: names.count)
        if order == 1 { derivative = derivative.adding(input: index) }
        let leaf = ResolvedExpression.network(
          OutputDerivative(output: output, derivative: derivative))
        residuals.append(
          .binary(.subtract, .evaluated(leaf, at: lower), .evaluated(leaf, at: upper)))
      }
    }
    return residuals
  }
}
