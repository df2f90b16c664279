import LossrunDiagnostics
import LossrunSpec

/// Checks a trained spec together with expressions to evaluate with its network that were
/// written outside it (`lossrun predict --with u_x,lap(u)`).
///
/// The spec is checked as the checker always does, but without its `evaluate` section (a copy
/// in a run directory no longer sits next to the reference file it names, and prediction does
/// not evaluate) and without the lint rules (their warnings were the training's business). Each
/// query resolves against the spec's names like a term's residual, so it may read inputs,
/// constants, definitions, parameters and any derivative of the outputs, except `dn(...)`:
/// prediction points carry no normals. Query diagnostics are located in the queries' own source
/// (`path`), so they point into the flag's text.
package enum QueryChecker {
  /// What checking a spec and its queries produced.
  package struct Result: Sendable {
    /// The spec's errors, then the queries' errors.
    package var diagnostics: [Diagnostic]
    /// The checked spec, when it has no errors.
    package var checked: CheckedSpec?
    /// Each query resolved, in order, when the spec and every query have no errors.
    package var queries: [ResolvedExpression]?
  }

  /// Checks `spec` and resolves `queries` (parsed from the file at `path`) against it.
  package static func check(_ spec: Spec, queries: [Expression], path: String) -> Result {
    var spec = spec
    spec.evaluation = nil
    var checker = Checker(spec: spec)
    let checked = checker.run()
    guard let checked else {
      return Result(diagnostics: checker.diagnostics.diagnostics, checked: nil, queries: nil)
    }
    var diagnostics = DiagnosticCollector(path: path)
    var resolved: [ResolvedExpression] = []
    for query in queries {
      var resolver = ExpressionResolver(
        scope: checker.scope, context: .full, role: "the expression", path: path)
      let result = resolver.resolveNumber(query)
      diagnostics.append(contentsOf: resolver.diagnostics.diagnostics)
      if let site = resolver.facts.normalDerivativeSites.first {
        diagnostics.error(
          .normalDerivativeOffBoundary,
          "dn(...) needs the outward normals of a boundary sampler; prediction points have "
            + "none (ask for the partial derivatives, such as u_x, instead)",
          at: site)
      } else if let result {
        resolved.append(result)
      }
    }
    return Result(
      diagnostics: checker.diagnostics.diagnostics + diagnostics.diagnostics, checked: checked,
      queries: diagnostics.hasErrors ? nil : resolved)
  }
}
