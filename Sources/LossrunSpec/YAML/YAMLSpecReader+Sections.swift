import LossrunDiagnostics

/// The top level and the declarations: inputs, constants, definitions, parameters, network,
/// samplers, terms, weighting and evaluation.
extension YAMLSpecReader {
  /// Reads the whole spec from the root node; nil when the root is not a mapping.
  mutating func spec(_ root: YAMLNode, path: String) -> Spec? {
    guard case .mapping = root.kind else {
      wrongType(
        root, expected: "a map of sections (inputs, network, samplers, terms, ...) at the top")
      return nil
    }
    guard let top = fields(root, YAMLFormat.spec, owner: nil) else { return nil }
    var spec = Spec(path: path)
    for (key, value) in top.pairs {
      if isSaturated { break }
      readSection(key, value, into: &spec)
    }
    if isSaturated {
      diagnostics.error(
        .tooManyErrors,
        "too many errors (\(SpecFileLoader.maximumErrors)); stopped reading the spec",
        at: nil)
    }
    return spec
  }

  private mutating func readSection(
    _ key: Located<String>, _ value: YAMLNode, into spec: inout Spec
  ) {
    switch key.value {
    case "name": spec.name = string(value)
    case "time": spec.timeInput = string(value, expected: "the name of an input")
    case "output": spec.output = string(value, expected: "a directory path")
    case "inputs": spec.inputs = inputs(value)
    case "constants": spec.constants = namedExpressions(value, of: "constants")
    case "define": spec.definitions = namedExpressions(value, of: "definitions")
    case "parameters": spec.parameters = parameters(value)
    case "network": spec.network = network(value, owner: key.range)
    case "domain": spec.domain = domain(value, owner: key.range)
    case "samplers": spec.samplers = samplers(value)
    case "terms": spec.terms = terms(value)
    case "natural":
      spec.natural =
        list(value, expected: "a list of face predicates, such as [\"x == 1\"]")?
        .compactMap { expression($0) } ?? []
    case "weighting": spec.weighting = weighting(value, owner: key.range)
    case "training": spec.training = training(value, owner: key.range)
    case "evaluate": spec.evaluation = evaluation(value, owner: key.range)
    default: break  // reported as unknown by `fields`
    }
  }

  private mutating func inputs(_ node: YAMLNode) -> [InputDeclaration] {
    guard let entries = names(node, of: "inputs") else { return [] }
    var inputs: [InputDeclaration] = []
    for (name, value) in entries.pairs {
      if isSaturated { break }
      guard case .sequence(let bounds) = value.kind, bounds.count == 2 else {
        wrongType(value, expected: "a range [lo, hi]")
        continue
      }
      let lower = expression(bounds[0])
      let upper = expression(bounds[1])
      if let lower, let upper {
        inputs.append(InputDeclaration(name: name, lower: lower, upper: upper))
      }
    }
    return inputs
  }

  private mutating func namedExpressions(_ node: YAMLNode, of what: String) -> [NamedExpression] {
    guard let entries = names(node, of: what) else { return [] }
    return entries.pairs.compactMap { name, value in
      expression(value).map { NamedExpression(name: name, expression: $0) }
    }
  }

  private mutating func parameters(_ node: YAMLNode) -> [ParameterDeclaration] {
    guard let entries = names(node, of: "parameters") else { return [] }
    var parameters: [ParameterDeclaration] = []
    for (name, value) in entries.pairs {
      if isSaturated { break }
      if case .mapping = value.kind {
        guard let fields = fields(value, YAMLFormat.parameter, owner: name.range) else { continue }
        let learnable = fields["learn"].flatMap { boolean($0) }
        if let initial = fields["init"].flatMap({ number($0) }) {
          parameters.append(
            ParameterDeclaration(name: name, initial: initial, learnable: learnable))
        }
      } else if case .scalar(_, .plain) = value.kind, let initial = number(value) {
        parameters.append(ParameterDeclaration(name: name, initial: initial, learnable: nil))
      } else if case .sequence = value.kind {
        wrongType(value, expected: "a number or a map {init, learn}")
      }
    }
    return parameters
  }

  private mutating func network(_ node: YAMLNode, owner: SourceRange) -> NetworkDeclaration? {
    guard let fields = fields(node, YAMLFormat.network, owner: owner) else { return nil }
    var network = NetworkDeclaration(range: node.range)
    if let outputs = fields["outputs"] {
      if case .scalar = outputs.kind, !outputs.isNull, let single = string(outputs) {
        network.outputs = [single]
      } else if let items = list(outputs, expected: "a list of output names") {
        network.outputs = items.compactMap { string($0, expected: "an output name") }
      }
    }
    if let hidden = fields["hidden"], let items = list(hidden, expected: "a list of layer widths") {
      network.hidden = items.compactMap { integer($0) }
    }
    network.activation = fields["activation"].flatMap {
      keyword($0, NetworkDeclaration.Activation.self)
    }
    network.initialization = fields["init"].flatMap {
      keyword($0, NetworkDeclaration.Initialization.self)
    }
    network.normalization = fields["normalize"].flatMap {
      keyword($0, NetworkDeclaration.InputNormalization.self)
    }
    return network
  }

  private mutating func samplers(_ node: YAMLNode) -> [SamplerDeclaration] {
    guard let entries = names(node, of: "samplers") else { return [] }
    var samplers: [SamplerDeclaration] = []
    for (name, value) in entries.pairs {
      if isSaturated { break }
      guard let fields = fields(value, YAMLFormat.sampler, owner: name.range) else { continue }
      var pointsIsList = false
      if let points = fields["points"], case .sequence = points.kind { pointsIsList = true }
      guard
        let kind = SamplerSourceKind.decide(
          sampler: name.value, keys: fields.pairs.map(\.key), pointsIsList: pointsIsList,
          owner: name.range, into: &diagnostics),
        let source = samplerSource(kind, fields)
      else { continue }
      samplers.append(SamplerDeclaration(name: name, source: source))
    }
    return samplers
  }

  /// The source of a sampler of `kind` from its checked keys; nil after an error.
  private mutating func samplerSource(_ kind: SamplerSourceKind, _ fields: Entries)
    -> SamplerDeclaration.Source?
  {
    switch kind {
    case .file:
      let path = fields["file"].flatMap { string($0, expected: "a file path") }
      let batch = fields["batch"].flatMap { integer($0) }
      return path.map { .file(SamplerDeclaration.PointFile(path: $0, batch: batch)) }
    case .listed:
      guard let node = fields["points"], let items = list(node, expected: "a list of points")
      else { return nil }
      var rows: [Located<[Located<Double>]>] = []
      for item in items {
        guard let numbers = list(item, expected: "a point: a list of numbers, one per input")
        else { return nil }
        let values = numbers.compactMap { number($0) }
        guard values.count == numbers.count else { return nil }
        rows.append(Located(values, at: item.range))
      }
      if rows.isEmpty { wrongType(node, expected: "at least one point") }
      return .listed(SamplerDeclaration.ListedPoints(rows: rows, range: node.range))
    case .drawn:
      let region = fields["region"].flatMap { keyword($0, SamplerDeclaration.Region.self) }
      let predicate = fields["where"].flatMap { expression($0) }
      let points = fields["points"].flatMap { integer($0) }
      let distribution = fields["distribution"].flatMap {
        keyword($0, SamplerDeclaration.Distribution.self)
      }
      let resample = fields["resample"].flatMap { integer($0) }
      let boundaryOf = fields["of"].flatMap { string($0, expected: "a shape name") }
      let adaptation = fields["adapt"].flatMap { self.adaptation($0, key: $0.range) }
      guard let region, let points else { return nil }
      return .drawn(
        SamplerDeclaration.DrawnPoints(
          region: region, predicate: predicate, boundaryOf: boundaryOf, points: points,
          distribution: distribution, resampleEvery: resample, adaptation: adaptation))
    }
  }

  private mutating func terms(_ node: YAMLNode) -> [TermDeclaration] {
    guard let entries = names(node, of: "terms") else { return [] }
    var terms: [TermDeclaration] = []
    for (name, value) in entries.pairs {
      if isSaturated { break }
      guard let fields = fields(value, YAMLFormat.term, owner: name.range) else { continue }
      let sampler = fields["on"].flatMap { string($0, expected: "a sampler name") }
      var residuals: [Expression]?
      if let residual = fields["residual"] {
        if case .sequence(let items) = residual.kind {
          residuals = items.compactMap { expression($0) }
          if items.isEmpty { wrongType(residual, expected: "at least one residual expression") }
        } else {
          residuals = expression(residual).map { [$0] }
        }
      }
      let reduction = fields["reduction"].flatMap { keyword($0, TermDeclaration.Reduction.self) }
      let weight = fields["weight"].flatMap { number($0) }
      let periodic = fields["periodic"].flatMap { string($0, expected: "an input name") }
      if let written = fields["periodic"], fields["residual"] != nil {
        diagnostics.error(
          .conflictingKeys,
          "term '\(name.value)' has both 'residual' and 'periodic'; a periodic term writes its "
            + "own residuals", at: written.range)
        continue
      }
      if fields["residual"] == nil, fields["periodic"] == nil {
        diagnostics.error(
          .missingKey, "term '\(name.value)' is missing the required key 'residual'",
          at: name.range)
        continue
      }
      guard let sampler, periodic != nil || residuals.map({ !$0.isEmpty }) == true else {
        continue
      }
      terms.append(
        TermDeclaration(
          name: name, sampler: sampler, residuals: residuals ?? [], reduction: reduction,
          weight: weight, periodic: periodic))
    }
    return terms
  }

  private mutating func weighting(_ node: YAMLNode, owner: SourceRange) -> WeightingDeclaration? {
    if case .scalar = node.kind, !node.isNull, let rule = string(node) {
      return WeightingDeclaration(rule: rule, settings: [])
    }
    guard let fields = fields(node, YAMLFormat.weighting, owner: owner) else { return nil }
    var settings: [Setting] = []
    for (key, value) in fields.pairs where key.value != "rule" {
      if let value = setting(value) { settings.append(Setting(key: key, value: value)) }
    }
    guard let rule = fields["rule"].flatMap({ string($0, expected: "a rule name") }) else {
      return nil
    }
    return WeightingDeclaration(rule: rule, settings: settings)
  }

  private mutating func evaluation(_ node: YAMLNode, owner: SourceRange) -> EvaluationDeclaration? {
    guard let fields = fields(node, YAMLFormat.evaluate, owner: owner) else { return nil }
    var evaluation = EvaluationDeclaration(range: node.range)
    if let exact = fields["exact"] {
      if case .mapping = exact.kind, let entries = names(exact, of: "exact solutions per output") {
        evaluation.exact = entries.pairs.compactMap { output, value in
          expression(value).map { EvaluationDeclaration.Exact(output: output, expression: $0) }
        }
      } else if let expression = expression(exact) {
        evaluation.exact = [EvaluationDeclaration.Exact(output: nil, expression: expression)]
      }
    }
    evaluation.reference = fields["reference"].flatMap { string($0, expected: "a file path") }
    if let grid = fields["grid"], let items = list(grid, expected: "a list of points per input") {
      evaluation.grid = items.compactMap { integer($0) }
    }
    evaluation.every = fields["every"].flatMap { integer($0) }
    return evaluation
  }
}
