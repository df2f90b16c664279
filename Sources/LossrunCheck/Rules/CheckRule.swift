import LossrunDiagnostics

/// A documented diagnostic of the checker: its id, severity, why it exists, an example that
/// triggers it and the fix.
///
/// `docs/diagnostics.md` is generated from ``catalogue`` (see `DiagnosticsDocument`), so the
/// documentation cannot drift from the checks.
package struct CheckRule: Hashable, Sendable {
  /// The stable id.
  package var id: DiagnosticID
  /// Error or warning.
  package var severity: Diagnostic.Severity
  /// Why the check exists, in one line.
  package var rationale: String
  /// A spec excerpt (YAML) that triggers it.
  package var example: String
  /// How to fix it.
  package var fix: String

  /// Creates a rule description.
  package init(
    _ id: DiagnosticID, _ severity: Diagnostic.Severity, _ rationale: String,
    example: String = "", fix: String = ""
  ) {
    self.id = id
    self.severity = severity
    self.rationale = rationale
    self.example = example
    self.fix = fix
  }

  /// Every error the checker reports, then every lint rule.
  package static let catalogue: [CheckRule] =
    CheckRule.errors
    + LintRules.all.map {
      CheckRule($0.id, .warning, $0.rationale, example: $0.example, fix: $0.fix)
    } + [termScale]

  /// The warning of `lossrun lint --deep` (reported by `DeepLint` in LossrunTraining, which
  /// lowers the spec and evaluates every term once).
  package static let termScale = CheckRule(
    .termScale, .warning,
    "`lossrun lint --deep`: under fixed weights, term losses or gradient norms at the initial "
      + "network that differ by more than 1e6 let the largest term decide every step",
    example: "data: { on: sensors, residual: \"1e4*(u - measured)\" }",
    fix: "use a weighting rule (`weighting: annealing`) or nondimensionalize the equation")
}
