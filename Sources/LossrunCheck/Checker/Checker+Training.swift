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
    let scheduleKind = declaration.schedule?.value ?? .constant
    let scheduleSettings = SettingValidator(
      owner: "schedule '\(scheduleKind.rawValue)'",
      descriptors: TrainingCatalogue.settings(of: scheduleKind), termNames: termNames
    ).validate(declaration.scheduleSettings, into: &diagnostics)
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
        step: written.value, settings: lbfgs(optimizerSettings), range: written.range)
    }
    var checked = CheckedTraining(
      optimizer: optimizer(optimizerKind, optimizerSettings), learningRate: learningRate,
      schedule: schedule(scheduleKind, scheduleSettings), switchToLBFGS: switchToLBFGS,
      steps: max(1, steps), seed: declaration.seed?.value ?? 0,
      precision: declaration.precision.map { .init($0.value) } ?? .float32,
      logEvery: declaration.logEvery?.value ?? max(1, steps / 100))
    checked.ranges["training"] = declaration.range
    checked.ranges["steps"] = declaration.steps?.range
    checked.ranges["seed"] = declaration.seed?.range
    checked.ranges["precision"] = declaration.precision?.range
    checked.ranges["log_every"] = declaration.logEvery?.range
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
    _ kind: TrainingDeclaration.Optimizer, _ settings: [String: TypedSetting]
  ) -> CheckedTraining.Optimizer {
    switch kind {
    case .adam:
      var adam = CheckedTraining.Adam()
      adam.beta1 = settings["beta1"]?.number ?? adam.beta1
      adam.beta2 = settings["beta2"]?.number ?? adam.beta2
      adam.epsilon = settings["eps"]?.number ?? adam.epsilon
      adam.weightDecay = settings["weight_decay"]?.number ?? adam.weightDecay
      return .adam(adam)
    case .sgd:
      var sgd = CheckedTraining.SGD()
      sgd.momentum = settings["momentum"]?.number ?? sgd.momentum
      sgd.nesterov = settings["nesterov"]?.boolean ?? sgd.nesterov
      sgd.weightDecay = settings["weight_decay"]?.number ?? sgd.weightDecay
      return .sgd(sgd)
    case .lbfgs:
      return .lbfgs(lbfgs(settings))
    }
  }

  private func lbfgs(_ settings: [String: TypedSetting]) -> CheckedTraining.LBFGS {
    var lbfgs = CheckedTraining.LBFGS()
    lbfgs.history = settings["history"]?.number.map { Int($0) } ?? lbfgs.history
    lbfgs.maxIterations = settings["max_iter"]?.number.map { Int($0) } ?? lbfgs.maxIterations
    lbfgs.tolerance = settings["tolerance"]?.number ?? lbfgs.tolerance
    lbfgs.lineSearch =
      settings["line_search"]?.word.flatMap(CheckedTraining.LBFGS.LineSearch.init(rawValue:))
      ?? lbfgs.lineSearch
    return lbfgs
  }

  private func schedule(
    _ kind: TrainingDeclaration.Schedule, _ settings: [String: TypedSetting]
  ) -> CheckedTraining.Schedule {
    let every = settings["every"]?.number.map { Int($0) } ?? 1000
    switch kind {
    case .constant:
      return .constant
    case .exponential:
      return .exponential(
        rate: settings["rate"]?.number ?? 0.9, every: every,
        staircase: settings["staircase"]?.boolean ?? false)
    case .step:
      return .step(factor: settings["factor"]?.number ?? 0.1, every: every)
    case .cosine:
      return .cosine(minLR: settings["min_lr"]?.number ?? 0)
    }
  }
}
