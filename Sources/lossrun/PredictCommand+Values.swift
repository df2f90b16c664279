import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import LossrunTraining

extension PredictCommand {
  /// What resolving the `--with` items against the spec produced.
  struct Resolution {
    /// The spec copy's errors, then those of the items (located in the flag's text).
    var diagnostics: [Diagnostic]
    /// The checked spec, when it has no errors.
    var checked: CheckedSpec?
    /// The quantities, in the items' order, when nothing had an error.
    var quantities: [PredictedQuantity]?
  }

  /// Checks `spec` and resolves `requested`'s items against it.
  ///
  /// `residual` (unless the spec declares that name) stands for the residual of every term on
  /// an interior sampler and `residual:TERM` for one term's residual, as columns
  /// `residual:TERM` (`residual:TERM:k` for the k-th residual of a system); every other item is
  /// an expression checked as a term's residual is, named as written.
  static func resolve(_ requested: RequestedValues, spec: Spec) -> Resolution {
    let declaresResidual = declaredNames(of: spec).contains("residual")
    var collector = DiagnosticCollector(path: RequestedValues.sourcePath)
    var expressions: [Expression] = []
    var expressionSlots: [Int: Int] = [:]
    for (index, item) in requested.items.enumerated() where !isResidual(item, declaresResidual) {
      if let expression = Expression.parse(item.text, at: item.start, into: &collector) {
        expressionSlots[index] = expressions.count
        expressions.append(expression)
      }
    }
    let checked = QueryChecker.check(spec, queries: expressions, path: RequestedValues.sourcePath)
    var resolution = Resolution(
      diagnostics: checked.diagnostics, checked: checked.checked, quantities: nil)
    guard let checkedSpec = checked.checked else { return resolution }
    var quantities: [PredictedQuantity] = []
    for (index, item) in requested.items.enumerated() {
      if isResidual(item, declaresResidual) {
        quantities += residuals(item, spec: checkedSpec, into: &collector)
      } else if let slot = expressionSlots[index], let resolved = checked.queries {
        quantities.append(PredictedQuantity(name: item.text, expression: resolved[slot]))
      }
    }
    resolution.diagnostics = collector.diagnostics + checked.diagnostics
    if !resolution.diagnostics.contains(where: { $0.severity == .error }) {
      resolution.quantities = quantities
    }
    return resolution
  }

  static func isResidual(_ item: RequestedValues.Item, _ declaresResidual: Bool) -> Bool {
    item.text.hasPrefix("residual:") || (item.text == "residual" && !declaresResidual)
  }

  /// The residual columns an item asks for; reports an unknown term, a term reading `dn(...)`,
  /// or a spec without interior terms at the item.
  static func residuals(
    _ item: RequestedValues.Item, spec: CheckedSpec, into collector: inout DiagnosticCollector
  ) -> [PredictedQuantity] {
    let names = spec.terms.map(\.name)
    let terms: [Int]
    if item.text == "residual" {
      terms = spec.terms.indices.filter {
        spec.samplers[spec.terms[$0].sampler].drawn?.region == .interior
      }
      guard !terms.isEmpty else {
        collector.error(
          .undefinedName,
          "no term is on an interior sampler; name one: residual:TERM (terms: "
            + "\(names.joined(separator: ", ")))", at: item.range)
        return []
      }
    } else {
      let name = String(item.text.dropFirst("residual:".count))
      guard let index = spec.termIndex(named: name) else {
        collector.error(
          .undefinedName,
          "'\(name)' is not a term" + Suggestion.didYouMean(name, in: names)
            + " (terms: \(names.joined(separator: ", ")))", at: item.range)
        return []
      }
      terms = [index]
    }
    var quantities: [PredictedQuantity] = []
    for index in terms {
      let term = spec.terms[index]
      guard !term.residuals.contains(where: readsNormals) else {
        collector.error(
          .normalDerivativeOffBoundary,
          "the residual of term '\(term.name)' reads dn(...), which needs a boundary sampler's "
            + "normals; prediction points have none", at: item.range)
        continue
      }
      for (component, residual) in term.residuals.enumerated() {
        let suffix = term.residuals.count > 1 ? ":\(component + 1)" : ""
        quantities.append(
          PredictedQuantity(name: "residual:" + term.name + suffix, expression: residual))
      }
    }
    return quantities
  }

  /// Whether `expression` takes a normal derivative.
  static func readsNormals(_ expression: ResolvedExpression) -> Bool {
    var found = false
    expression.forEachNode { node in
      if case .normalDerivative = node { found = true }
    }
    return found
  }

  /// Every name the spec declares.
  static func declaredNames(of spec: Spec) -> Set<String> {
    var names = Set(spec.inputs.map(\.name.value))
    names.formUnion(spec.constants.map(\.name.value))
    names.formUnion(spec.definitions.map(\.name.value))
    names.formUnion(spec.parameters.map(\.name.value))
    names.formUnion((spec.network?.outputs ?? []).map(\.value))
    return names
  }
}
