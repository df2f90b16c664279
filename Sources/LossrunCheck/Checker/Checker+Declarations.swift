import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Enters every declared name into the scope; reports a name declared twice.
  mutating func declareNames() {
    var firstRange: [String: SourceRange] = [:]
    func declare(_ name: Located<String>, as symbol: Symbol) {
      if let earlier = firstRange[name.value], let existing = scope.symbols[name.value] {
        diagnostics.error(
          .nameConflict,
          "'\(name.value)' is already declared as \(existing.kindDescription); every input, "
            + "constant, definition, parameter and output needs its own name",
          at: name.range, notes: [Diagnostic.Note("first declared here", at: earlier)])
        return
      }
      if ExpressionScope.builtinNumbers[name.value] != nil {
        diagnostics.error(
          .nameConflict,
          "'\(name.value)' is a built-in constant and cannot be redeclared; choose another name",
          at: name.range)
        return
      }
      firstRange[name.value] = name.range
      scope.symbols[name.value] = symbol
    }
    for (index, input) in spec.inputs.enumerated() { declare(input.name, as: .input(index)) }
    for (index, constant) in spec.constants.enumerated() {
      declare(constant.name, as: .constant(index))
    }
    for (index, definition) in spec.definitions.enumerated() {
      declare(definition.name, as: .definition(index))
    }
    for (index, parameter) in spec.parameters.enumerated() {
      declare(parameter.name, as: .parameter(index))
    }
    for (index, output) in (spec.network?.outputs ?? []).enumerated() {
      declare(output, as: .output(index))
    }
    scope.inputNames = spec.inputs.map(\.name.value)
    scope.outputNames = spec.network?.outputs.map(\.value) ?? []
  }

  /// Orders constants by their uses, reports cycles, and evaluates each.
  mutating func checkConstants() {
    let order = dependencyOrder(of: spec.constants) { symbol in
      if case .constant(let index) = symbol { return index }
      return nil
    }
    reportCycles(order, of: spec.constants, kind: "constant")
    var values: [Int: Double] = [:]
    for index in order.order {
      let constant = spec.constants[index]
      if let value = constantValue(
        constant.expression, role: "constant '\(constant.name.value)'")
      {
        values[index] = value
        scope.constantValues[index] = value
      }
    }
    constants = spec.constants.indices.compactMap { index in
      values[index].map { CheckedConstant(name: spec.constants[index].name.value, value: $0) }
    }
  }

  /// The dependency order of named expressions, by the names they mention.
  func dependencyOrder(of entries: [NamedExpression], index: (Symbol) -> Int?)
    -> DependencyOrder
  {
    let edges = entries.map { entry in
      DependencyOrder.names(in: entry.expression).compactMap { name, range in
        scope.symbols[name].flatMap(index).map { DependencyOrder.Edge(target: $0, range: range) }
      }
    }
    return DependencyOrder(count: entries.count) { edges[$0] }
  }

  /// Reports each cycle at the use that closes it.
  mutating func reportCycles(_ order: DependencyOrder, of entries: [NamedExpression], kind: String)
  {
    for cycle in order.cycles {
      let names = (cycle.path + [cycle.path[0]]).map { entries[$0].name.value }
      diagnostics.error(
        .dependencyCycle,
        "\(kind) '\(names[0])' depends on itself (\(names.joined(separator: " -> "))); "
          + "a \(kind) may use only \(kind)s that do not use it",
        at: cycle.closingUse)
    }
  }

  /// Evaluates the input bounds, finds the time input, counts the inputs.
  mutating func checkInputs() {
    let timeName = spec.timeInput?.value ?? "t"
    if let time = spec.timeInput, !spec.inputs.contains(where: { $0.name.value == time.value }) {
      let names = spec.inputs.map(\.name.value)
      diagnostics.error(
        .undefinedName,
        "time input '\(time.value)' is not an input\(Suggestion.didYouMean(time.value, in: names))"
          + " (inputs: \(names.joined(separator: ", ")))",
        at: time.range)
    }
    for input in spec.inputs {
      let name = input.name.value
      let lower = constantValue(input.lower, role: "the lower bound of '\(name)'")
      let upper = constantValue(input.upper, role: "the upper bound of '\(name)'")
      guard let lower, let upper else { continue }
      guard lower < upper else {
        diagnostics.error(
          .emptyRange,
          "input '\(name)' has range [\(lower), \(upper)]; the lower bound must be below the "
            + "upper bound",
          at: input.lower.range.union(input.upper.range))
        continue
      }
      inputs.append(
        CheckedInput(
          name: name, range: input.name.range, lower: lower, upper: upper,
          isTime: name == timeName))
    }
    scope.spaceInputs = spec.inputs.indices.filter { spec.inputs[$0].name.value != timeName }
    checkInputCount()
  }

  private mutating func checkInputCount() {
    let space = scope.spaceInputs
    if space.count > 3 {
      let extra = spec.inputs[space[3]].name
      diagnostics.error(
        .inputCount,
        "\(space.count) space inputs; lossrun supports 1 to 3 space inputs plus an optional "
          + "time input (name time `t` or set `time:`)",
        at: extra.range)
    } else if space.isEmpty {
      diagnostics.error(
        .inputCount,
        "no space input; a spec needs 1 to 3 space inputs such as `x: [0, 1]` besides time",
        at: spec.inputs.first?.name.range ?? spec.timeInput?.range)
    }
  }

  /// Checks the parameters' initial values.
  mutating func checkParameters() {
    for (index, parameter) in spec.parameters.enumerated() {
      let initial = parameter.initial
      if !initial.value.isFinite {
        diagnostics.error(
          .invalidValue,
          "parameter '\(parameter.name.value)' starts at \(initial.value); it must be finite",
          at: initial.range)
      }
      parameters.append(
        CheckedParameter(
          name: parameter.name.value, range: parameter.name.range, index: index,
          initial: initial.value,
          learnable: parameter.learnable?.value ?? true))
    }
  }

  /// Checks the network's outputs and layers and applies its defaults.
  mutating func checkNetwork() {
    guard let declaration = spec.network else {
      diagnostics.error(
        .missingDeclaration,
        "the spec has no network; add `network: { outputs: [u], hidden: [50, 50, 50] }`",
        at: nil)
      return
    }
    if declaration.outputs.isEmpty {
      diagnostics.error(
        .missingDeclaration, "the network needs at least one output, such as `outputs: [u]`",
        at: declaration.range)
    }
    if declaration.hidden.isEmpty {
      diagnostics.error(
        .missingDeclaration,
        "the network needs at least one hidden layer, such as `hidden: [50, 50, 50]`",
        at: declaration.range)
    }
    for width in declaration.hidden
    where width.value < 1 || width.value > CheckLimits.maximumWidth {
      diagnostics.error(
        .invalidValue,
        "a hidden layer has width \(width.value); widths must be from 1 to "
          + "\(CheckLimits.maximumWidth)",
        at: width.range)
    }
    network = CheckedNetwork(
      range: declaration.range, inputCount: spec.inputs.count,
      outputs: declaration.outputs.map(\.value), hidden: declaration.hidden.map(\.value),
      activation: declaration.activation.map { .init($0.value) } ?? .tanh,
      initialization: declaration.initialization.map { .init($0.value) } ?? .xavierNormal,
      normalization: declaration.normalization.map { .init($0.value) } ?? .none)
  }

  /// Resolves the definitions in dependency order (inlining earlier ones).
  mutating func checkDefinitions() {
    let order = dependencyOrder(of: spec.definitions) { symbol in
      if case .definition(let index) = symbol { return index }
      return nil
    }
    reportCycles(order, of: spec.definitions, kind: "definition")
    var resolved: [Int: ResolvedExpression] = [:]
    for index in order.order {
      let definition = spec.definitions[index]
      let (expression, facts) = resolveNumber(
        definition.expression, .full, role: "definition '\(definition.name.value)'")
      record(facts)
      if let expression {
        scope.definitions[index] = (expression, facts)
        resolved[index] = expression
      }
    }
    definitions = spec.definitions.indices.compactMap { index in
      resolved[index].map {
        CheckedDefinition(name: spec.definitions[index].name.value, expression: $0)
      }
    }
  }

  /// Adds an expression's uses to the lint facts.
  mutating func record(_ facts: ResolutionFacts) {
    usage.constants.formUnion(facts.constants)
    usage.definitions.formUnion(facts.definitions)
    usage.parameters.formUnion(facts.parameters)
  }
}
