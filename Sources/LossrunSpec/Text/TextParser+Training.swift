import LossrunDiagnostics

/// The statements about how to train and measure: weighting, train and evaluate.
extension TextParser {
  /// `weighting annealing(reference: pde, stat: mean)` or `weighting physicsnemo`.
  mutating func weightingStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let rule = try label("a weighting rule, as in 'weighting annealing(reference: pde)'")
    var settings: [Setting] = []
    if stream.consume(.leftParen) != nil {
      let (written, _) = try parenthesizedOptions(of: "the weighting rule")
      var seen: [String: SourceRange] = [:]
      for option in written {
        if option.key.value == "rule" {
          diagnostics.error(
            .unknownKey,
            "'rule' is not a setting: the rule's name comes before the parentheses",
            at: option.key.range)
        } else if let first = seen[option.key.value] {
          diagnostics.error(
            .duplicateName,
            "duplicate key '\(option.key.value)'; it is already given at \(first.start)",
            at: option.key.range)
        } else {
          seen[option.key.value] = option.key.range
          if let value = setting(option.value) {
            settings.append(Setting(key: option.key, value: value))
          }
        }
      }
    }
    if claim("weighting", at: keyword) {
      spec.weighting = WeightingDeclaration(rule: rule, settings: settings)
    }
  }

  /// `train adam(lr: 1e-3, beta1: 0.9), steps: 20000, seed: 0`, or options alone:
  /// `train steps: 100`.
  mutating func trainingStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    var training = TrainingDeclaration()
    var written: [TextOption] = []
    var end = keyword.range
    let first = stream.peek()
    if isOptionStart() {
      written.append(try option())
    } else if first.kind == .identifier || first.kind == .string {
      let word = try label("an optimizer")
      training.optimizer = TrainingDeclaration.Optimizer.read(word, into: &diagnostics)
      end = word.range
      if stream.consume(.leftParen) != nil {
        let inner = try parenthesizedOptions(of: "the optimizer")
        written += inner.options
        end = inner.end
      }
    }
    written += try trailingOptions()
    let keys = YAMLFormat.training.keys.filter { $0 != "optimizer" }
    for option in known(written, keys: keys, in: "training") {
      read(option, into: &training)
    }
    training.range = keyword.range.union(written.last?.value.range ?? end)
    if claim("training", at: keyword) { spec.training = training }
  }

  private mutating func read(_ option: TextOption, into training: inout TrainingDeclaration) {
    let value = option.value
    switch option.key.value {
    case "lr": training.learningRate = number(value)
    case "steps": training.steps = integer(value)
    case "seed": training.seed = integer(value)
    case "precision": training.precision = keyword(value, TrainingDeclaration.Precision.self)
    case "log_every": training.logEvery = integer(value)
    case "checkpoint_every": training.checkpointEvery = integer(value)
    case "lbfgs_from": training.switchToLBFGS = integer(value)
    case "schedule": readSchedule(value, into: &training)
    default:
      if let setting = setting(value) {
        training.optimizerSettings.append(Setting(key: option.key, value: setting))
      }
    }
  }

  /// `schedule: constant` or `schedule: exponential(rate: 0.9, every: 1000)`.
  private mutating func readSchedule(_ value: TextValue, into training: inout TrainingDeclaration) {
    guard case .call(let kind, let written) = value.kind else {
      training.schedule = keyword(value, TrainingDeclaration.Schedule.self)
      return
    }
    training.schedule = TrainingDeclaration.Schedule.read(kind, into: &diagnostics)
    let keys = YAMLFormat.schedule.keys.filter { $0 != "kind" }
    for option in known(written, keys: keys, in: "the schedule") {
      if let setting = setting(option.value) {
        training.scheduleSettings.append(Setting(key: option.key, value: setting))
      }
    }
  }

  /// `evaluate exact on grid(101, 101) every 1000`, `evaluate u: u0, v: v0 on grid(51, 51)`,
  /// `evaluate reference "data/ref.csv" every 500`.
  mutating func evaluationStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    var evaluation = EvaluationDeclaration(range: keyword.range)
    if !isEvaluationClauseStart() {
      evaluation.exact = try exactSolutions()
    }
    var clauses: [String: SourceRange] = [:]
    while isEvaluationClauseStart() {
      let clause = stream.peek()
      if clause.kind == .newline || clause.kind == .comment || clause.kind == .endOfInput {
        break
      }
      stream.advance()
      if let first = clauses[clause.text] {
        diagnostics.error(
          .duplicateName, "a second '\(clause.text)' clause; the first one is at \(first.start)",
          at: clause.range)
      }
      clauses[clause.text] = clause.range
      switch clause.text {
      case "reference":
        evaluation.reference = try label("a file path string after 'reference'")
      case "on":
        stream.advance()  // `grid`, checked by isEvaluationClauseStart
        try expect(.leftParen, "'(' after 'grid', as in 'grid(101, 101)'")
        evaluation.grid = try gridSizes()
      default:
        evaluation.every = integer(try signedNumber())
      }
    }
    if claim("evaluate", at: keyword) { spec.evaluation = evaluation }
  }

  /// Whether an evaluation clause (`reference "..."`, `on grid(...)`, `every N`) or the end of
  /// the statement is next.
  private mutating func isEvaluationClauseStart() -> Bool {
    switch stream.peek().kind {
    case .newline, .comment, .endOfInput: return true
    default:
      return (isWord("reference") && stream.peek(1).kind == .string)
        || (isWord("on") && isWord("grid", at: 1))
        || (isWord("every") && [.number, .minus, .plus].contains(stream.peek(1).kind))
    }
  }

  /// `exact` or `u: u_exact, v: v_exact`.
  private mutating func exactSolutions() throws(TextSyntaxFailure)
    -> [EvaluationDeclaration.Exact]
  {
    let first = stream.peek()
    guard first.kind == .identifier || first.kind == .string, stream.peek(1).kind == .colon
    else {
      return [EvaluationDeclaration.Exact(output: nil, expression: try expression())]
    }
    var solutions: [EvaluationDeclaration.Exact] = []
    var seen: [String: SourceRange] = [:]
    repeat {
      skipLineBreaks()
      let output = try label("an output name, as in 'evaluate u: u_exact'")
      try expect(.colon, "':' after the output name")
      let expression = try expression()
      if let earlier = seen[output.value] {
        diagnostics.error(
          .duplicateName,
          "duplicate output '\(output.value)'; it is already given at \(earlier.start)",
          at: output.range)
      } else {
        seen[output.value] = output.range
        solutions.append(EvaluationDeclaration.Exact(output: output, expression: expression))
      }
    } while stream.consume(.comma) != nil
    return solutions
  }

  /// `101, 101)` after `grid(`.
  private mutating func gridSizes() throws(TextSyntaxFailure) -> [Located<Int>] {
    var sizes: [Located<Int>] = []
    if stream.consume(.rightParen) != nil { return sizes }
    while true {
      if let size = integer(try signedNumber()) { sizes.append(size) }
      if stream.consume(.comma) != nil { continue }
      try expect(.rightParen, "',' or ')' in 'grid(...)'")
      return sizes
    }
  }
}
