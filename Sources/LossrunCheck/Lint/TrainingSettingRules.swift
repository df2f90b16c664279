import LossrunDiagnostics

/// An Adam or SGD learning rate outside [1e-6, 1].
package struct LearningRateRangeRule: LintRule {
  package let id: DiagnosticID = .learningRateRange
  package let rationale =
    "an Adam or SGD learning rate above 1 diverges and one below 1e-6 does not move the "
    + "network in any practical number of steps; both end with exit 0 and a useless network"
  package let example = "training: { optimizer: adam, lr: 1e3 }"
  package let fix = "use a rate in the usual range (Adam: 1e-4 to 1e-2)"

  /// The range outside which the rule warns.
  static let range = 1e-6...1.0

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let training = context.checked.training
    let usual: String
    switch training.optimizer {
    case .adam: usual = "1e-4 to 1e-2 for Adam (1e-3 is the usual start)"
    case .sgd: usual = "1e-3 to 1e-1 for SGD"
    case .lbfgs: return
    }
    let rate = training.learningRate
    guard !Self.range.contains(rate) else { return }
    let effect =
      rate > 1 ? "above 1: training will diverge" : "below 1e-6: training will barely move"
    diagnostics.warning(
      id,
      "learning rate \(rate) is \(effect) with \(training.optimizerName); the usual range is "
        + usual,
      at: context.spec.training.learningRate?.range ?? context.spec.training.range)
  }
}

/// A schedule that takes the learning rate below 1e-8 before the last tenth of the steps.
package struct LearningRateDecayRule: LintRule {
  package let id: DiagnosticID = .learningRateDecay
  package let rationale =
    "a schedule that has decayed the learning rate below 1e-8 leaves the remaining steps "
    + "training at no rate at all"
  package let example =
    "training: { lr: 1e-3, steps: 20000, schedule: { kind: exponential, rate: 0.5, every: 100 } }"
  package let fix = "decay more slowly: a rate closer to 1 or a longer `every`"

  /// The rate below which a step does not train.
  static let floor = 1e-8
  /// The share of the steps that may run below the floor (the tail of a cosine decay).
  static let tail = 0.1

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let training = context.checked.training
    if case .lbfgs = training.optimizer { return }
    let horizon = training.switchToLBFGS?.step ?? training.steps
    let last = Int((Double(horizon) * (1 - Self.tail)).rounded(.down))
    guard horizon > 1, last > 0, rate(at: last, training) < Self.floor else { return }
    var low = 0
    var high = last
    while low < high {
      let middle = (low + high) / 2
      if rate(at: middle, training) < Self.floor { high = middle } else { low = middle + 1 }
    }
    diagnostics.warning(
      id,
      "the schedule takes the learning rate below 1e-8 at step \(low) of \(horizon), so the "
        + "last \(horizon - low) steps do not train; decay more slowly (a rate closer to 1, or "
        + "a longer `every`)",
      at: context.spec.training.schedule?.range ?? context.spec.training.range)
  }

  /// The learning rate at `step`, as training's `LearningRateSchedule` computes it.
  func rate(at step: Int, _ training: CheckedTraining) -> Double {
    let base = training.learningRate
    switch training.schedule {
    case .constant:
      return base
    case .exponential(let rate, let every, let staircase):
      let ratio = Double(step) / Double(max(every, 1))
      return base * ArithmeticOperator.power.apply(rate, staircase ? ratio.rounded(.down) : ratio)
    case .step(let factor, let every):
      return base * ArithmeticOperator.power.apply(factor, Double(step / max(every, 1)))
    case .cosine(let minimum):
      let progress = min(Double(step) / Double(max(training.steps, 1)), 1)
      let cosine = ElementaryFunction.cos.apply(Double.pi * progress)
      return minimum + (base - minimum) * (1 + cosine) / 2
    }
  }
}

/// An evaluation interval longer than the run.
package struct EvaluationIntervalRule: LintRule {
  package let id: DiagnosticID = .evaluationInterval
  package let rationale =
    "an evaluation interval longer than the run gives no error curve, only the final number"
  package let example = "training: { steps: 500 } and evaluate: { exact: exact, every: 1000 }"
  package let fix = "evaluate more often than the run is long: `every: 50`"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let steps = context.checked.training.steps
    guard let every = context.checked.evaluation?.every, every > steps else { return }
    diagnostics.warning(
      id,
      "the evaluation runs every \(every) steps but training runs \(steps), so it runs only at "
        + "the end; use `every: \(max(1, steps / 10))` for an error curve",
      at: context.spec.evaluation?.every?.range ?? context.spec.evaluation?.range)
  }
}

/// A learnable parameter that no data term can determine.
package struct UnobservedParameterRule: LintRule {
  package let id: DiagnosticID = .unobservedParameter
  package let rationale =
    "a learnable coefficient of the equations is determined only by observations of the "
    + "solution; without a data term every value fits and the reported one is arbitrary"
  package let example = "parameters: { kappa: { init: 0.5, learn: true } }   # no data term"
  package let fix =
    "add a data term that compares u with measurements: `u - measured` on an interior sampler"

  /// Creates the rule.
  package init() {}

  package func check(_ context: LintContext, into diagnostics: inout DiagnosticCollector) {
    let spec = context.checked
    guard !ConditionFacts(spec).observed.contains(true) else { return }
    for (index, parameter) in context.spec.parameters.enumerated()
    where context.usage.parametersInTerms.contains(index)
      && (parameter.learnable?.value ?? true)
    {
      diagnostics.warning(
        id,
        "learnable parameter '\(parameter.name.value)' is reported after training, but no term "
          + "observes the solution (a data term: a residual such as `u - measured` on an "
          + "interior sampler), so nothing determines its value",
        at: parameter.name.range)
    }
  }
}
