import LossrunDiagnostics

/// relu (or any piecewise-linear activation) under a second- or higher-order derivative.
package struct VanishingDerivativeRule: LintRule {
  package let id: DiagnosticID = .vanishingDerivative
  package let rationale =
    "a piecewise-linear activation has zero second derivative, so lap(u) or u_xx is identically "
    + "zero and the PDE residual cannot be trained (the classic silent PINN bug)"
  package let example = "network: { outputs: [u], hidden: [8], activation: relu }   # with lap(u)"
  package let fix = "use tanh, sin, softplus, silu or gelu"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    guard let activation = context.spec.network?.activation, activation.value.isPiecewiseLinear,
      let site = context.usage.highOrderSites.first
    else { return }
    diagnostics.warning(
      id,
      "activation '\(activation.value.rawValue)' is piecewise linear, so every second- or "
        + "higher-order derivative of the network is identically zero and the terms that take "
        + "one cannot be trained; use tanh, sin, softplus, silu or gelu",
      at: activation.range,
      notes: [Diagnostic.Note("a second-order derivative is taken here", at: site)])
  }
}
