import LossrunSpec

/// The settings each optimizer and each learning-rate schedule accepts, with defaults.
package enum TrainingCatalogue {
  /// Optimizer settings by optimizer.
  package static func settings(of optimizer: TrainingDeclaration.Optimizer) -> [SettingDescriptor] {
    switch optimizer {
    case .adam:
      [
        SettingDescriptor(
          "beta1", .nonNegativeNumber, default: .number(0.9), "first-moment decay β1 in [0, 1)"),
        SettingDescriptor(
          "beta2", .nonNegativeNumber, default: .number(0.999),
          "second-moment decay β2 in [0, 1)"),
        SettingDescriptor(
          "eps", .number(positive: true, atMostOne: false), default: .number(1e-8),
          "denominator ε"),
        weightDecay,
      ]
    case .sgd:
      [
        SettingDescriptor(
          "momentum", .nonNegativeNumber, default: .number(0), "momentum factor in [0, 1)"),
        SettingDescriptor("nesterov", .boolean, default: .bool(false), "Nesterov momentum"),
        weightDecay,
      ]
    case .lbfgs:
      [
        SettingDescriptor(
          "history", .integer(minimum: 1), default: .number(10), "stored correction pairs"),
        SettingDescriptor(
          "max_iter", .integer(minimum: 1), default: .number(20), "inner iterations per step"),
        SettingDescriptor(
          "tolerance", .number(positive: true, atMostOne: false), default: .number(1e-9),
          "stop when the gradient's max-norm falls below this"),
        SettingDescriptor(
          "line_search", .choice(["strong_wolfe", "none"]), default: .word("strong_wolfe"),
          "line search"),
      ]
    }
  }

  private static let weightDecay = SettingDescriptor(
    "weight_decay", .nonNegativeNumber, default: .number(0), "decoupled weight decay")

  /// Schedule settings by schedule.
  package static func settings(of schedule: TrainingDeclaration.Schedule) -> [SettingDescriptor] {
    switch schedule {
    case .constant: []
    case .exponential:
      [
        SettingDescriptor(
          "rate", .number(positive: true, atMostOne: true), default: .number(0.9),
          "decay factor per `every` steps"),
        SettingDescriptor(
          "every", .integer(minimum: 1), default: .number(1000), "steps per decay by `rate`"),
        SettingDescriptor(
          "staircase", .boolean, default: .bool(false), "decay in whole steps of `every`"),
      ]
    case .step:
      [
        SettingDescriptor(
          "factor", .number(positive: true, atMostOne: true), default: .number(0.1),
          "factor applied every `every` steps"),
        SettingDescriptor(
          "every", .integer(minimum: 1), default: .number(1000), "steps between decays"),
      ]
    case .cosine:
      [
        SettingDescriptor(
          "min_lr", .nonNegativeNumber, default: .number(0), "learning rate at the last step")
      ]
    }
  }

  /// The default learning rate of an optimizer.
  package static func defaultLearningRate(of optimizer: TrainingDeclaration.Optimizer) -> Double {
    switch optimizer {
    case .adam: 1e-3
    case .sgd: 1e-2
    case .lbfgs: 1
    }
  }

  /// The number of steps when the spec does not say.
  package static let defaultSteps = 10_000

  /// The checkpoint interval when the spec does not say: a fixed 1000 steps rather than a
  /// fraction of the run, so that `--steps` (which may grow on `--resume`) does not move the
  /// checkpoints, and a checkpoint (parameters and optimizer moments, small next to 1000
  /// steps of compute) costs well under a percent of the run.
  package static let defaultCheckpointEvery = 1000
}
