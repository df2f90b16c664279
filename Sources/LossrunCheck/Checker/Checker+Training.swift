import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks the training settings and applies their defaults.
  mutating func checkTraining() {
    let declaration = spec.training
    let optimizerKind = declaration.optimizer?.value ?? .adam
    let termNames = spec.terms.map(\.name.value)
    var descriptors = TrainingCatalogue.settings(of: optimizerKind)
    if declaration.switchToLBFGS != nil, optimizerKind != .lbfgs {
      descriptors += TrainingCatalogue.settings(of: .lbfgs)
    }
    let optimizerSettings = SettingValidator(
      owner: "optimizer '\(optimizerKind.rawValue)'", descriptors: descriptors,
      termNames: termNames
    ).validate(declaration.optimizerSettings, into: &diagnostics)
    let optimizerValues = CompletedSettings(optimizerSettings, descriptors: descriptors)
    let scheduleKind = declaration.schedule?.value ?? .constant
    let scheduleSettings = SettingValidator(
      owner: "schedule '\(scheduleKind.rawValue)'",
      descriptors: TrainingCatalogue.settings(of: scheduleKind), termNames: termNames
    ).validate(declaration.scheduleSettings, into: &diagnostics)
    let scheduleValues = CompletedSettings(
      scheduleSettings, descriptors: TrainingCatalogue.settings(of: scheduleKind))
    checkBetas(optimizerSettings)

    let learningRate =
      declaration.learningRate?.value ?? TrainingCatalogue.defaultLearningRate(of: optimizerKind)
    if let written = declaration.learningRate, !(written.value.isFinite && written.value > 0) {
      diagnostics.error(
        .invalidValue,
        "learning rate \(written.value); it must be a positive number such as 1e-3",
        at: written.range)
    }
    let steps = declaration.steps?.value ?? TrainingCatalogue.defaultSteps
    if let written = declaration.steps, written.value < 1 {
      diagnostics.error(
        .invalidValue,
        "\(written.value) steps; training needs at least 1 step (a run with no step has no loss "
          + "to report)",
        at: written.range)
    }
    if let written = declaration.logEvery, written.value < 1 {
      diagnostics.error(
        .invalidValue, "log_every is \(written.value); it must be 1 or more", at: written.range)
    }
    if let written = declaration.checkpointEvery, written.value < 0 {
      diagnostics.error(
        .invalidValue,
        "checkpoint_every is \(written.value); it must be 0 (only at the end) or more",
        at: written.range)
    }
    var switchToLBFGS: CheckedTraining.LBFGSSwitch?
    if let written = declaration.switchToLBFGS {
      if written.value < 0 || written.value > steps {
        diagnostics.error(
          .invalidValue,
          "lbfgs_from is \(written.value); it must be a step from 0 to the number of steps "
            + "(\(steps))",
          at: written.range)
      }
      switchToLBFGS = CheckedTraining.LBFGSSwitch(
        step: written.value, settings: lbfgs(optimizerValues), range: written.range)
    }
    var checked = CheckedTraining(
      optimizer: optimizer(optimizerKind, optimizerValues), learningRate: learningRate,
      schedule: schedule(scheduleKind, scheduleValues), switchToLBFGS: switchToLBFGS,
      steps: max(1, steps), seed: declaration.seed?.value ?? 0,
      precision: declaration.precision.map { .init($0.value) } ?? .float32,
      logEvery: declaration.logEvery?.value ?? max(1, steps / 100))
    checked.ranges["training"] = declaration.range
    checked.ranges["steps"] = declaration.steps?.range
    checked.ranges["seed"] = declaration.seed?.range
    checked.ranges["precision"] = declaration.precision?.range
    checked.ranges["log_every"] = declaration.logEvery?.range
    checked.checkpointEvery =
      declaration.checkpointEvery?.value ?? TrainingCatalogue.defaultCheckpointEvery
    checked.ranges["checkpoint_every"] = declaration.checkpointEvery?.range
    training = checked
  }

  /// β1 and β2 must be below 1 (the descriptor checks ≥ 0).
  private mutating func checkBetas(_ settings: [String: TypedSetting]) {
    for key in ["beta1", "beta2", "momentum"] {
      guard let value = settings[key]?.number, value >= 1,
        let written = spec.training.optimizerSettings[key]
      else { continue }
      diagnostics.error(
        .invalidValue, "\(key) is \(value); it must be in [0, 1)", at: written.value.range)
    }
  }

  private func optimizer(
    _ kind: TrainingDeclaration.Optimizer, _ settings: CompletedSettings
  ) -> CheckedTraining.Optimizer {
    switch kind {
    case .adam:
      return .adam(
        CheckedTraining.Adam(
          beta1: settings.number("beta1"), beta2: settings.number("beta2"),
          epsilon: settings.number("eps"), weightDecay: settings.number("weight_decay")))
    case .sgd:
      return .sgd(
        CheckedTraining.SGD(
          momentum: settings.number("momentum"), nesterov: settings.boolean("nesterov"),
          weightDecay: settings.number("weight_decay")))
    case .lbfgs:
      return .lbfgs(lbfgs(settings))
    }
  }

  private func lbfgs(_ settings: CompletedSettings) -> CheckedTraining.LBFGS {
    CheckedTraining.LBFGS(
      history: settings.integer("history"), maxIterations: settings.integer("max_iter"),
      tolerance: settings.number("tolerance"),
      lineSearch: settings.choice("line_search", as: CheckedTraining.LBFGS.LineSearch.self))
  }

  private func schedule(
    _ kind: TrainingDeclaration.Schedule, _ settings: CompletedSettings
  ) -> CheckedTraining.Schedule {
    switch kind {
    case .constant:
      return .constant
    case .exponential:
      return .exponential(
        rate: settings.number("rate"), every: settings.integer("every"),
        staircase: settings.boolean("staircase"))
    case .step:
      return .step(factor: settings.number("factor"), every: settings.integer("every"))
    case .cosine:
      return .cosine(minLR: settings.number("min_lr"))
    }
  }

}
