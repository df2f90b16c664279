/// Canonical text of spec parts without source ranges, for `Spec.structuralDifferences(from:)`.
enum Canonical {
  static func optional<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "nil" }

  static func list<T>(_ items: [T], _ text: (T) -> String) -> String {
    "[" + items.map(text).joined(separator: "; ") + "]"
  }

  /// An expression fully parenthesized, numbers at full precision.
  static func of(_ expression: Expression) -> String {
    switch expression.kind {
    case .number(let value): return "\(value)"
    case .name(let name): return name
    case .unary(let op, let operand): return "(\(op.rawValue) \(of(operand)))"
    case .binary(let op, let left, let right): return "(\(of(left)) \(op.rawValue) \(of(right)))"
    case .call(let name, _, let arguments):
      return name + "(" + arguments.map(of).joined(separator: ", ") + ")"
    case .evaluation(let name, _, let bindings):
      return name + "(" + bindings.map { "\($0.input): \(of($0.value))" }.joined(separator: ", ")
        + ")"
    }
  }

  static func of(_ value: SettingValue) -> String {
    switch value {
    case .number(let number): "number(\(number))"
    case .bool(let flag): "bool(\(flag))"
    case .word(let word): "word(\(word))"
    case .list(let items): list(items) { of($0.value) }
    }
  }

  static func of(_ settings: [Setting]) -> String {
    list(settings) { "\($0.key.value)=\(of($0.value.value))" }
  }

  static func of(_ network: NetworkDeclaration) -> String {
    "outputs=\(network.outputs.map(\.value)) hidden=\(network.hidden.map(\.value)) "
      + "activation=\(optional(network.activation?.value)) "
      + "init=\(optional(network.initialization?.value)) "
      + "normalize=\(optional(network.normalization?.value))"
  }

  static func of(_ sampler: SamplerDeclaration) -> String {
    switch sampler.source {
    case .drawn(let drawn):
      "\(sampler.name.value)=\(drawn.region.value)(points=\(drawn.points.value), "
        + "distribution=\(optional(drawn.distribution?.value)), "
        + "resample=\(optional(drawn.resampleEvery?.value)), "
        + "of=\(optional(drawn.boundaryOf?.value)), "
        + "adapt=\(optional(drawn.adaptation?.method.value))"
        + "\(drawn.adaptation.map { of($0.settings) } ?? "")) "
        + "where \(drawn.predicate.map(of) ?? "nil")"
    case .listed(let listed):
      "\(sampler.name.value)=listed\(listed.rows.map { $0.value.map(\.value) })"
    case .file(let file):
      "\(sampler.name.value)=file(\(file.path.value), batch=\(optional(file.batch?.value)))"
    }
  }

  static func of(_ domain: DomainDeclaration) -> String {
    list(domain.shapes) { "\($0.name.value)=\($0.kind.value.rawValue)\(of($0.arguments))" }
      + " shape=\(domain.combination.map(of) ?? "nil")"
  }

  static func of(_ term: TermDeclaration) -> String {
    "\(term.name.value) on \(term.sampler.value): \(list(term.residuals, of)) "
      + "periodic=\(optional(term.periodic?.value)) "
      + "reduction=\(optional(term.reduction?.value)) weight=\(optional(term.weight?.value))"
  }

  static func of(_ training: TrainingDeclaration) -> String {
    "optimizer=\(optional(training.optimizer?.value)) lr=\(optional(training.learningRate?.value)) "
      + "settings=\(of(training.optimizerSettings)) "
      + "schedule=\(optional(training.schedule?.value))\(of(training.scheduleSettings)) "
      + "lbfgs_from=\(optional(training.switchToLBFGS?.value)) "
      + "steps=\(optional(training.steps?.value)) seed=\(optional(training.seed?.value)) "
      + "precision=\(optional(training.precision?.value)) "
      + "log_every=\(optional(training.logEvery?.value)) "
      + "checkpoint_every=\(optional(training.checkpointEvery?.value))"
  }

  static func of(_ evaluation: EvaluationDeclaration) -> String {
    "exact=\(list(evaluation.exact) { "\(optional($0.output?.value)):\(of($0.expression))" }) "
      + "reference=\(optional(evaluation.reference?.value)) "
      + "grid=\(optional(evaluation.grid?.map(\.value))) every=\(optional(evaluation.every?.value))"
  }
}
