import LossrunDiagnostics

/// float32 with L-BFGS.
package struct Float32LBFGSRule: LintRule {
  package let id: DiagnosticID = .float32LBFGS
  package let rationale =
    "L-BFGS's curvature pairs and line search lose their accuracy in "
    + "float32 and often stall; PINN codes run L-BFGS in float64"
  package let example = "training: { optimizer: lbfgs, precision: float32 }"
  package let fix = "set `precision: float64`"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let training = context.spec.training
    guard context.checked.training.precision == .float32 else { return }
    let usesLBFGS: Bool
    if case .lbfgs = context.checked.training.optimizer {
      usesLBFGS = true
    } else {
      usesLBFGS = context.checked.training.switchToLBFGS != nil
    }
    guard usesLBFGS else { return }
    let range =
      training.precision?.range ?? training.switchToLBFGS?.range ?? training.optimizer?.range
      ?? training.range
    diagnostics.warning(
      id,
      "L-BFGS in float32 tends to stall once the loss is small; set `precision: float64`",
      at: range)
  }
}
