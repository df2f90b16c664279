/// The sections, in the order of the example specs.
extension YAMLWriter {
  mutating func writeDeclarations(_ spec: Spec) {
    if let name = spec.name { emit("name: " + Self.scalar(name.value), anchors: ["name"]) }
    section(
      "inputs",
      spec.inputs.map {
        ($0.name.value, Self.flowList([Self.expression($0.lower), Self.expression($0.upper)]))
      })
    if let time = spec.timeInput { emit("time: " + Self.scalar(time.value), anchors: ["time"]) }
    section("constants", spec.constants.map { ($0.name.value, Self.expression($0.expression)) })
    section("define", spec.definitions.map { ($0.name.value, Self.expression($0.expression)) })
    section(
      "parameters",
      spec.parameters.map { parameter in
        let initial = NumberText.format(parameter.initial.value)
        guard let learn = parameter.learnable else { return (parameter.name.value, initial) }
        return (parameter.name.value, Self.flow([("init", initial), ("learn", "\(learn.value)")]))
      })
    if let network = spec.network { writeNetwork(network) }
    if let domain = spec.domain {
      var entries = domain.shapes.map { shape in
        let arguments = shape.arguments.map { ($0.key.value, Self.setting($0.value.value)) }
        return (shape.name.value, Self.flow([(shape.kind.value.rawValue, Self.flow(arguments))]))
      }
      if let combination = domain.combination {
        entries.append(("shape", Self.expression(combination)))
      }
      section("domain", entries)
    }
  }

  private mutating func writeNetwork(_ network: NetworkDeclaration) {
    emit("network:", anchors: ["network"])
    let outputs = Self.flowList(network.outputs.map { Self.scalar($0.value) })
    lines.append("  outputs: " + outputs)
    lines.append("  hidden: " + Self.flowList(network.hidden.map { "\($0.value)" }))
    if let activation = network.activation {
      lines.append("  activation: " + activation.value.rawValue)
    }
    if let initialization = network.initialization {
      lines.append("  init: " + initialization.value.rawValue)
    }
    if let normalization = network.normalization {
      lines.append("  normalize: " + normalization.value.rawValue)
    }
  }

  mutating func writeSamplersAndTerms(_ spec: Spec) {
    section(
      "samplers",
      spec.samplers.map { sampler in
        (sampler.name.value, Self.flow(Self.samplerPairs(sampler.source)))
      })
    section(
      "terms",
      spec.terms.map { term in
        let residuals = term.residuals.map(Self.expression)
        var pairs = [("on", Self.scalar(term.sampler.value))]
        if let periodic = term.periodic {
          pairs.append(("periodic", Self.scalar(periodic.value)))
        } else {
          pairs.append(
            ("residual", residuals.count == 1 ? residuals[0] : Self.flowList(residuals)))
        }
        if let reduction = term.reduction { pairs.append(("reduction", reduction.value.rawValue)) }
        if let weight = term.weight { pairs.append(("weight", NumberText.format(weight.value))) }
        return (term.name.value, Self.flow(pairs))
      })
    if !spec.natural.isEmpty {
      emit("natural: " + Self.flowList(spec.natural.map(Self.expression)), anchors: ["natural"])
    }
  }

  mutating func writeTraining(_ spec: Spec) {
    if let weighting = spec.weighting {
      let pairs =
        [("rule", Self.scalar(weighting.rule.value))]
        + weighting.settings.map { (Self.scalar($0.key.value), Self.setting($0.value.value)) }
      emit("weighting: " + Self.flow(pairs), anchors: ["weighting"])
    }
    writeTrainingSection(spec.training)
    if let evaluation = spec.evaluation { writeEvaluation(evaluation) }
    if let output = spec.output {
      emit("output: " + Self.scalar(output.value), anchors: ["output"])
    }
  }

  private mutating func writeTrainingSection(_ training: TrainingDeclaration) {
    var pairs: [(String, String)] = []
    if let optimizer = training.optimizer { pairs.append(("optimizer", optimizer.value.rawValue)) }
    if let lr = training.learningRate { pairs.append(("lr", NumberText.format(lr.value))) }
    pairs += training.optimizerSettings.map { ($0.key.value, Self.setting($0.value.value)) }
    if let schedule = training.schedule {
      let kind = schedule.value.rawValue
      let settings = training.scheduleSettings.map { ($0.key.value, Self.setting($0.value.value)) }
      pairs.append(("schedule", settings.isEmpty ? kind : Self.flow([("kind", kind)] + settings)))
    }
    if let step = training.switchToLBFGS { pairs.append(("lbfgs_from", "\(step.value)")) }
    if let steps = training.steps { pairs.append(("steps", "\(steps.value)")) }
    if let seed = training.seed { pairs.append(("seed", "\(seed.value)")) }
    if let precision = training.precision { pairs.append(("precision", precision.value.rawValue)) }
    if let logEvery = training.logEvery { pairs.append(("log_every", "\(logEvery.value)")) }
    if let every = training.checkpointEvery { pairs.append(("checkpoint_every", "\(every.value)")) }
    guard !pairs.isEmpty || training.range != nil else { return }
    emit(pairs.isEmpty ? "training: {}" : "training:", anchors: ["training"])
    lines += pairs.map { "  \($0.0): \($0.1)" }
  }

  private mutating func writeEvaluation(_ evaluation: EvaluationDeclaration) {
    var pairs: [(String, String)] = []
    if evaluation.exact.count == 1, evaluation.exact[0].output == nil {
      pairs.append(("exact", Self.expression(evaluation.exact[0].expression)))
    } else if !evaluation.exact.isEmpty {
      let perOutput = evaluation.exact.map {
        (Self.scalar($0.output?.value ?? ""), Self.expression($0.expression))
      }
      pairs.append(("exact", Self.flow(perOutput)))
    }
    if let reference = evaluation.reference {
      pairs.append(("reference", Self.scalar(reference.value)))
    }
    if let grid = evaluation.grid {
      pairs.append(("grid", Self.flowList(grid.map { "\($0.value)" })))
    }
    if let every = evaluation.every { pairs.append(("every", "\(every.value)")) }
    emit(pairs.isEmpty ? "evaluate: {}" : "evaluate:", anchors: ["evaluate"])
    lines += pairs.map { "  \($0.0): \($0.1)" }
  }

  /// A sampler's keys and values, in the order the YAML format documents them.
  static func samplerPairs(_ source: SamplerDeclaration.Source) -> [(String, String)] {
    switch source {
    case .drawn(let drawn):
      var pairs = [("region", drawn.region.value.rawValue)]
      if let shape = drawn.boundaryOf { pairs.append(("of", scalar(shape.value))) }
      if let predicate = drawn.predicate { pairs.append(("where", expression(predicate))) }
      pairs.append(("points", "\(drawn.points.value)"))
      if let distribution = drawn.distribution {
        pairs.append(("distribution", distribution.value.rawValue))
      }
      if let resample = drawn.resampleEvery { pairs.append(("resample", "\(resample.value)")) }
      if let adapt = drawn.adaptation { pairs.append(("adapt", Self.adaptation(adapt))) }
      return pairs
    case .listed(let listed):
      let rows = listed.rows.map { row in
        flowList(row.value.map { NumberText.format($0.value) })
      }
      return [("points", flowList(rows))]
    case .file(let file):
      var pairs = [("file", scalar(file.path.value))]
      if let batch = file.batch { pairs.append(("batch", "\(batch.value)")) }
      return pairs
    }
  }
}

extension YAMLWriter {
  /// A sampler's `adapt` value: the method alone, or a flow map with its settings.
  static func adaptation(_ adaptation: SamplerAdaptation) -> String {
    let method = adaptation.method.value.rawValue
    guard !adaptation.settings.isEmpty else { return method }
    return flow(
      [("method", method)] + adaptation.settings.map { ($0.key.value, setting($0.value.value)) })
  }
}
