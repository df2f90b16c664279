import LossrunDiagnostics
import LossrunSpec

/// The checker's entry point: semantic checks, then lint rules.
public enum SpecChecker {
  /// What checking a spec produced.
  public struct Result: Sendable {
    /// Errors and warnings, in the order found.
    public var diagnostics: [Diagnostic]
    /// The checked spec, when there were no errors.
    public var checked: CheckedSpec?
    /// Declaration uses gathered while checking.
    public var usage: UsageFacts
  }

  /// Checks `spec` and, when it has no errors, runs `rules` over it.
  ///
  /// `machineMemory` is what the memory lint compares against (this machine's by default).
  public static func check(
    _ spec: Spec, rules: [any LintRule] = LintRules.all,
    machineMemory: UInt64 = LintContext.physicalMemory
  ) -> Result {
    var checker = Checker(spec: spec)
    let checked = checker.run()
    var diagnostics = checker.diagnostics
    if let checked {
      let context = LintContext(
        spec: spec, checked: checked, usage: checker.usage, machineMemory: machineMemory)
      for rule in rules { rule.check(context, into: &diagnostics) }
    }
    return Result(diagnostics: diagnostics.diagnostics, checked: checked, usage: checker.usage)
  }
}
