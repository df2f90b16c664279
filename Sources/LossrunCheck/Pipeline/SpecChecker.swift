import LossrunDiagnostics
import LossrunSpec

/// The checker's entry point: semantic checks, then lint rules.
package enum SpecChecker {
  /// What checking a spec produced.
  package struct Result: Sendable {
    /// Errors and warnings, in the order found.
    package var diagnostics: [Diagnostic]
    /// The checked spec, when there were no errors.
    package var checked: CheckedSpec?
    /// Declaration uses gathered while checking.
    package var usage: UsageFacts
    /// The data files read, for quoting diagnostics located in them.
    package var dataSources: [SourceFile] = []
  }

  /// Checks `spec` and, when it has no errors, runs `rules` over it.
  ///
  /// `machineMemory` is what the memory lint compares against (this machine's by default).
  package static func check(
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
    return Result(
      diagnostics: diagnostics.diagnostics, checked: checked, usage: checker.usage,
      dataSources: checker.dataSources)
  }
}
