/// The statements, section by section.
extension TextWriter {
  mutating func writeHeader(_ spec: Spec) {
    if let name = spec.name {
      emit("name " + Self.label(name.value), anchors: ["name"])
    }
    startGroup()
  }

  mutating func writeDeclarations(_ spec: Spec) {
    for (index, input) in spec.inputs.enumerated() {
      emit(
        "input \(Self.label(input.name.value)) in [\(input.lower), \(input.upper)]",
        anchors: Self.anchors("inputs", input.name.value, index: index))
    }
    if let time = spec.timeInput { emit("time " + Self.label(time.value), anchors: ["time"]) }
    for (index, constant) in spec.constants.enumerated() {
      emit(
        "const \(Self.label(constant.name.value)) = \(constant.expression)",
        anchors: Self.anchors("constants", constant.name.value, index: index))
    }
    for (index, definition) in spec.definitions.enumerated() {
      emit(
        "let \(Self.label(definition.name.value)) = \(definition.expression)",
        anchors: Self.anchors("define", definition.name.value, index: index))
    }
    for (index, parameter) in spec.parameters.enumerated() {
      var text = "param \(Self.label(parameter.name.value)) = "
      text += NumberText.format(parameter.initial.value)
      if let learn = parameter.learnable { text += ", learn: \(learn.value)" }
      emit(text, anchors: Self.anchors("parameters", parameter.name.value, index: index))
    }
    startGroup()
    if let network = spec.network {
      emit(Self.network(network), anchors: ["network"])
      startGroup()
    }
    if let domain = spec.domain {
      for shape in domain.shapes {
        emit(
          "shape \(Self.label(shape.name.value)) = \(shape.kind.value.rawValue)("
            + Self.settings(shape.arguments).joined(separator: ", ") + ")",
          anchors: ["domain", "domain." + shape.name.value])
      }
      if let combination = domain.combination {
        emit("domain \(combination)", anchors: ["domain.shape"])
      }
      startGroup()
    }
  }

  private static func network(_ network: NetworkDeclaration) -> String {
    let names = network.outputs.map { label($0.value) }
    let outputs = names.count == 1 ? names[0] : "(" + names.joined(separator: ", ") + ")"
    var options = ["hidden: [" + network.hidden.map { "\($0.value)" }.joined(separator: ", ") + "]"]
    if let activation = network.activation {
      options.append("activation: " + activation.value.rawValue)
    }
    if let initialization = network.initialization {
      options.append("init: " + initialization.value.rawValue)
    }
    if let normalization = network.normalization {
      options.append("normalize: " + normalization.value.rawValue)
    }
    return "net \(outputs) = mlp(" + options.joined(separator: ", ") + ")"
  }

  mutating func writeSamplersAndTerms(_ spec: Spec) {
    let samplerWidth = spec.samplers.map { Self.label($0.name.value).count }.max() ?? 0
    for (index, sampler) in spec.samplers.enumerated() {
      let name = Self.label(sampler.name.value)
      var text = "sample " + name + String(repeating: " ", count: samplerWidth - name.count)
      text += " = " + Self.samplerSource(sampler.source)
      emit(text, anchors: Self.anchors("samplers", sampler.name.value, index: index))
    }
    startGroup()
    let heads = spec.terms.map {
      "term \(Self.label($0.name.value)) on \(Self.label($0.sampler.value)):"
    }
    let width = heads.map(\.count).max() ?? 0
    for (index, term) in spec.terms.enumerated() {
      var parts = term.residuals.map(\.description)
      if let periodic = term.periodic { parts.append("periodic: " + Self.label(periodic.value)) }
      if let weight = term.weight { parts.append("weight: " + NumberText.format(weight.value)) }
      if let reduction = term.reduction { parts.append("reduction: " + reduction.value.rawValue) }
      let head = heads[index] + String(repeating: " ", count: width - heads[index].count)
      emit(
        head + " " + parts.joined(separator: ", "),
        anchors: Self.anchors("terms", term.name.value, index: index))
    }
    startGroup()
    if !spec.natural.isEmpty {
      emit(
        "natural " + spec.natural.map(\.description).joined(separator: ", "),
        anchors: ["natural"])
      startGroup()
    }
  }

  mutating func writeTraining(_ spec: Spec) {
    if let weighting = spec.weighting {
      var text = "weighting " + Self.label(weighting.rule.value)
      if !weighting.settings.isEmpty {
        text += "(" + Self.settings(weighting.settings).joined(separator: ", ") + ")"
      }
      emit(text, anchors: ["weighting"])
    }
    if let training = Self.training(spec.training) { emit(training, anchors: ["training"]) }
    if let evaluation = spec.evaluation { emit(Self.evaluation(evaluation), anchors: ["evaluate"]) }
    if let output = spec.output { emit("output " + Self.quoted(output.value), anchors: ["output"]) }
  }

  private static func training(_ training: TrainingDeclaration) -> String? {
    var inner: [String] = []
    var outer: [String] = []
    if let lr = training.learningRate { inner.append("lr: " + NumberText.format(lr.value)) }
    inner += settings(training.optimizerSettings)
    if let schedule = training.schedule {
      var text = "schedule: " + schedule.value.rawValue
      if !training.scheduleSettings.isEmpty {
        text += "(" + settings(training.scheduleSettings).joined(separator: ", ") + ")"
      }
      outer.append(text)
    }
    if let step = training.switchToLBFGS { outer.append("lbfgs_from: \(step.value)") }
    if let steps = training.steps { outer.append("steps: \(steps.value)") }
    if let seed = training.seed { outer.append("seed: \(seed.value)") }
    if let precision = training.precision { outer.append("precision: " + precision.value.rawValue) }
    if let logEvery = training.logEvery { outer.append("log_every: \(logEvery.value)") }
    if let every = training.checkpointEvery { outer.append("checkpoint_every: \(every.value)") }
    guard let optimizer = training.optimizer else {
      let all = inner + outer
      if all.isEmpty { return training.range == nil ? nil : "train" }
      return "train " + all.joined(separator: ", ")
    }
    var text = "train " + optimizer.value.rawValue
    if !inner.isEmpty { text += "(" + inner.joined(separator: ", ") + ")" }
    return ([text] + outer).joined(separator: ", ")
  }

  private static func evaluation(_ evaluation: EvaluationDeclaration) -> String {
    var text = "evaluate"
    if evaluation.exact.count == 1, evaluation.exact[0].output == nil {
      text += " \(evaluation.exact[0].expression)"
    } else if !evaluation.exact.isEmpty {
      text +=
        " "
        + evaluation.exact.map { "\(label($0.output?.value ?? "")): \($0.expression)" }
        .joined(separator: ", ")
    }
    if let reference = evaluation.reference { text += " reference " + quoted(reference.value) }
    if let grid = evaluation.grid {
      text += " on grid(" + grid.map { "\($0.value)" }.joined(separator: ", ") + ")"
    }
    if let every = evaluation.every { text += " every \(every.value)" }
    return text
  }

  /// What follows `sample NAME =`: `interior(points: 256) where ...`, `listed(points: [[0, 0]])`
  /// or `data(file: "s.csv", batch: 64)`.
  static func samplerSource(_ source: SamplerDeclaration.Source) -> String {
    switch source {
    case .drawn(let drawn):
      var options = ["points: \(drawn.points.value)"]
      if let shape = drawn.boundaryOf { options.insert("of: \(label(shape.value))", at: 0) }
      if let distribution = drawn.distribution {
        options.append("distribution: " + distribution.value.rawValue)
      }
      if let resample = drawn.resampleEvery { options.append("resample: \(resample.value)") }
      if let adaptation = drawn.adaptation {
        var text = "adapt: " + adaptation.method.value.rawValue
        if !adaptation.settings.isEmpty {
          text += "(" + settings(adaptation.settings).joined(separator: ", ") + ")"
        }
        options.append(text)
      }
      var text = "\(drawn.region.value.rawValue)(" + options.joined(separator: ", ") + ")"
      if let predicate = drawn.predicate { text += " where \(predicate)" }
      return text
    case .listed(let listed):
      let rows = listed.rows.map { row in
        "[" + row.value.map { NumberText.format($0.value) }.joined(separator: ", ") + "]"
      }
      return TextParser.listedSamplerWord + "(points: [" + rows.joined(separator: ", ") + "])"
    case .file(let file):
      var options = ["file: " + quoted(file.path.value)]
      if let batch = file.batch { options.append("batch: \(batch.value)") }
      return TextParser.fileSamplerWord + "(" + options.joined(separator: ", ") + ")"
    }
  }
}
