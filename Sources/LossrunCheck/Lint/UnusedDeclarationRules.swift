import LossrunDiagnostics

/// A sampler no term is on.
package struct UnusedSamplerRule: LintRule {
  package let id: DiagnosticID = .unusedSampler
  package let rationale = "an unused sampler costs nothing but usually means a term was forgotten"
  package let example = "extra: { region: interior, points: 4 }   # no term is on it"
  package let fix = "put a term on it, or remove it"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for (index, sampler) in context.spec.samplers.enumerated()
    where !context.usage.samplers.contains(index) {
      diagnostics.warning(
        id, "sampler '\(sampler.name.value)' is not used by any term", at: sampler.name.range)
    }
  }
}

/// A constant nothing uses.
package struct UnusedConstantRule: LintRule {
  package let id: DiagnosticID = .unusedConstant
  package let rationale =
    "an unused constant is dead text, or a sign that a literal was typed "
    + "where the constant was meant"
  package let example = "constants: { k: 2, spare: 3 }   # spare is never used"
  package let fix = "use it, or remove it"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for (index, constant) in context.spec.constants.enumerated()
    where !context.usage.constants.contains(index) {
      diagnostics.warning(
        id, "constant '\(constant.name.value)' is never used", at: constant.name.range)
    }
  }
}

/// A definition nothing uses.
package struct UnusedDefinitionRule: LintRule {
  package let id: DiagnosticID = .unusedDefinition
  package let rationale =
    "an unused definition often means a residual spelled out by hand what "
    + "the definition was meant to provide"
  package let example = "define: { f: \"kx\", g: \"x\" }   # g is never used"
  package let fix = "use it, or remove it"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for (index, definition) in context.spec.definitions.enumerated()
    where !context.usage.definitions.contains(index) {
      diagnostics.warning(
        id, "definition '\(definition.name.value)' is never used", at: definition.name.range)
    }
  }
}

/// A parameter nothing uses.
package struct UnusedParameterRule: LintRule {
  package let id: DiagnosticID = .unusedParameter
  package let rationale = "a parameter no expression uses has no effect on training"
  package let example = "parameters: { a: 1 }   # no expression reads a"
  package let fix = "use it, or remove it"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for (index, parameter) in context.spec.parameters.enumerated()
    where !context.usage.parameters.contains(index) {
      diagnostics.warning(
        id, "parameter '\(parameter.name.value)' is never used", at: parameter.name.range)
    }
  }
}

/// A learnable parameter that is used, but by no term, so it gets no gradient.
package struct UntrainedParameterRule: LintRule {
  package let id: DiagnosticID = .untrainedParameter
  package let rationale =
    "a learnable parameter that no loss term reaches never receives a "
    + "gradient and stays at its initial value"
  package let example = "parameters: { a: 1 }   # read only by the evaluation"
  package let fix = "read it in a term, or set `learn: false`"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    for (index, parameter) in context.spec.parameters.enumerated()
    where context.usage.parameters.contains(index)
      && !context.usage.parametersInTerms.contains(index)
      && (parameter.learnable?.value ?? true)
    {
      diagnostics.warning(
        id,
        "learnable parameter '\(parameter.name.value)' is used by no loss term, so training "
          + "never changes it",
        at: parameter.name.range)
    }
  }
}
