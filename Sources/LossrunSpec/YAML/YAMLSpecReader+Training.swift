import LossrunDiagnostics

/// The `training` section: fixed keys, optimizer settings and the schedule.
extension YAMLSpecReader {
  mutating func training(_ node: YAMLNode, owner: SourceRange) -> TrainingDeclaration {
    var training = TrainingDeclaration()
    training.range = node.range
    guard let fields = fields(node, YAMLFormat.training, owner: owner) else { return training }
    for (key, value) in fields.pairs {
      switch key.value {
      case "optimizer": training.optimizer = keyword(value, TrainingDeclaration.Optimizer.self)
      case "lr": training.learningRate = number(value)
      case "steps": training.steps = integer(value)
      case "seed": training.seed = integer(value)
      case "precision": training.precision = keyword(value, TrainingDeclaration.Precision.self)
      case "log_every": training.logEvery = integer(value)
      case "checkpoint_every": training.checkpointEvery = integer(value)
      case "lbfgs_from": training.switchToLBFGS = integer(value)
      case "schedule": readSchedule(value, key: key, into: &training)
      default:
        if YAMLFormat.training.field(key.value)?.isSetting == true, let value = setting(value) {
          training.optimizerSettings.append(Setting(key: key, value: value))
        }
      }
    }
    return training
  }

  private mutating func readSchedule(
    _ node: YAMLNode, key: Located<String>, into training: inout TrainingDeclaration
  ) {
    if case .scalar = node.kind {
      training.schedule = keyword(node, TrainingDeclaration.Schedule.self)
      return
    }
    guard let fields = fields(node, YAMLFormat.schedule, owner: key.range) else { return }
    training.schedule = fields["kind"].flatMap { keyword($0, TrainingDeclaration.Schedule.self) }
    for (settingKey, value) in fields.pairs where settingKey.value != "kind" {
      if let value = setting(value) {
        training.scheduleSettings.append(Setting(key: settingKey, value: value))
      }
    }
  }
}
