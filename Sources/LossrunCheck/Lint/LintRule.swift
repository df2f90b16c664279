import LossrunDiagnostics

/// A lint rule: a small check on a spec that passed every error check, reporting warnings.
///
/// Each rule has one stable id and a one-line rationale (shown by documentation and tests).
package protocol LintRule: Sendable {
  /// The id of the warnings it reports.
  var id: DiagnosticID { get }
  /// Why the rule exists, in one line.
  var rationale: String { get }
  /// A spec excerpt (YAML) that triggers it, for `docs/diagnostics.md`.
  var example: String { get }
  /// How to fix what it reports.
  var fix: String { get }
  /// Reports the rule's warnings about `context`.
  func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector)
}

/// Every lint rule, in the order they run.
package enum LintRules {
  /// All rules.
  package static let all: [any LintRule] = [
    VanishingDerivativeRule(), UnusedSamplerRule(), UnusedConstantRule(), UnusedDefinitionRule(),
    UnusedParameterRule(), UntrainedParameterRule(), ZeroWeightRule(),
    ResidualWithoutGradientRule(), Float32LBFGSRule(), MemoryEstimateRule(),
    InitialConditionRule(), BoundaryCoverageRule(), PressureGaugeRule(),
    LearningRateRangeRule(), LearningRateDecayRule(), EvaluationIntervalRule(),
    UnobservedParameterRule(), IdenticallyZeroResidualRule(), ConflictingConditionRule(),
  ]
}
