import LossrunDiagnostics

/// The statements that declare the problem: name, inputs, time, constants, definitions,
/// parameters, the network, samplers, terms and the output directory.
extension TextParser {
  /// `name poisson_mixed` or `name "poisson-mixed"`.
  mutating func nameStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let name = try label("the problem's name, such as 'name heat' or 'name \"poisson-mixed\"'")
    if claim("name", at: keyword) { spec.name = name }
  }

  /// `time t`.
  mutating func timeStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let input = try label("the name of the time input, such as 'time t'")
    if claim("time", at: keyword) { spec.timeInput = input }
  }

  /// `output "runs/heat"`.
  mutating func outputStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let path = try label("the output directory, such as 'output \"runs/heat\"'")
    if claim("output", at: keyword) { spec.output = path }
  }

  /// `natural x == 1` or `natural x == 1, y == 0`: boundary faces left free.
  mutating func naturalStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    repeat {
      spec.natural.append(try expression())
    } while stream.consume(.comma) != nil
  }

  /// `input x in [0, 1]`.
  mutating func inputStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let name = try label("an input name, such as 'input x in [0, 1]'")
    try expectWord("in", "after the input name, as in 'input x in [0, 1]'")
    try expect(.leftBracket, "'[' to start the range [lo, hi]")
    let lower = try expression()
    try expect(.comma, "',' between the lower and upper bound")
    let upper = try expression()
    try expect(.rightBracket, "']' to close the range [lo, hi]")
    if claim(name, in: "inputs", at: keyword) {
      spec.inputs.append(InputDeclaration(name: name, lower: lower, upper: upper))
    }
  }

  /// `const k = 4*pi` and `let exact = exp(x) * sin(k*y)`.
  mutating func bindingStatement(_ keyword: Token, section: String)
    throws(TextSyntaxFailure)
  {
    let name = try label("a name, as in '\(keyword.text) k = 4*pi'")
    try expect(.equal, "'=' after '\(keyword.text) \(name.value)'")
    let expression = try expression()
    guard claim(name, in: section, at: keyword) else { return }
    let binding = NamedExpression(name: name, expression: expression)
    if section == "constants" {
      spec.constants.append(binding)
    } else {
      spec.definitions.append(binding)
    }
  }

  /// `param nu = 0.05` or `param nu = 0.05, learn: false`.
  mutating func parameterStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let name = try label("a parameter name, as in 'param nu = 0.05'")
    try expect(.equal, "'=' and the initial value after 'param \(name.value)'")
    let initialValue = try signedNumber()
    let options = known(try trailingOptions(), keys: ["learn"], in: "a parameter")
    let initial = number(initialValue)
    let learnable = options.first.flatMap { boolean($0.value) }
    guard let initial, claim(name, in: "parameters", at: keyword) else { return }
    spec.parameters.append(
      ParameterDeclaration(name: name, initial: initial, learnable: learnable))
  }

  /// `net u = mlp(hidden: [50, 50], activation: tanh)` or `net (u, v, p) = mlp(...)`.
  mutating func networkStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    var outputs: [Located<String>] = []
    let parenthesized = stream.consume(.leftParen) != nil
    repeat {
      outputs.append(try label("an output name, as in 'net u = mlp(hidden: [32, 32])'"))
    } while stream.consume(.comma) != nil
    if parenthesized { try expect(.rightParen, "',' or ')' after the output names") }
    try expect(.equal, "'=' after the output names, as in 'net u = mlp(hidden: [32, 32])'")
    let kind = stream.peek()
    guard kind.kind == .identifier, kind.text == "mlp" else {
      try fail("expected 'mlp(...)', the network kind, found \(kind.displayName)", at: kind)
    }
    stream.advance()
    try expect(.leftParen, "'(' after 'mlp'")
    let (written, end) = try parenthesizedOptions(of: "the network")
    let keys = YAMLFormat.network.keys.filter { $0 != "outputs" }
    let options = known(written, keys: keys, in: "the network")
    var network = NetworkDeclaration(range: keyword.range.union(end))
    network.outputs = outputs
    for option in options {
      switch option.key.value {
      case "hidden":
        network.hidden =
          list(option.value, expected: "a list of layer widths")?.compactMap { integer($0) } ?? []
      case "activation":
        network.activation = self.keyword(option.value, NetworkDeclaration.Activation.self)
      case "init":
        network.initialization = self.keyword(option.value, NetworkDeclaration.Initialization.self)
      default:
        network.normalization = self.keyword(
          option.value, NetworkDeclaration.InputNormalization.self)
      }
    }
    if !options.contains(where: { $0.key.value == "hidden" }) {
      diagnostics.error(
        .missingKey, "the network is missing the required key 'hidden' (its layer widths)",
        at: kind.range)
    }
    if claim("network", at: keyword) { spec.network = network }
  }

  /// `term pde on inside: -lap(u) - f`, with more residuals for a system and trailing options:
  /// `term flow on inside: u_x + v_y, u*u_x - p_x, weight: 2`; a periodic term has the option
  /// in place of residuals: `term walls on edges: periodic: x`.
  mutating func termStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let name = try label("a term name, as in 'term pde on inside: lap(u) - f'")
    try expectWord("on", "and the sampler after the term name, as in 'term pde on inside: ...'")
    let sampler = try label("a sampler name after 'on'")
    try expect(.colon, "':' and the residual after the sampler name")
    var residuals: [Expression] = []
    var written: [TextOption] = []
    if isOptionStart() {
      written.append(try option())
    } else {
      residuals.append(try expression())
    }
    while stream.consume(.comma) != nil {
      skipLineBreaks()
      if isOptionStart() {
        written.append(try option())
      } else if written.isEmpty {
        residuals.append(try expression())
      } else {
        let token = stream.peek()
        try fail(
          "expected an option such as 'weight: 10' (residuals come before the options), found "
            + token.displayName, at: token)
      }
    }
    let keys = YAMLFormat.term.keys.filter { $0 != "on" && $0 != "residual" }
    var reduction: Located<TermDeclaration.Reduction>?
    var weight: Located<Double>?
    var periodic: Located<String>?
    for option in known(written, keys: keys, in: "a term") {
      switch option.key.value {
      case "weight": weight = number(option.value)
      case "periodic": periodic = word(option.value, expected: "an input name")
      default: reduction = self.keyword(option.value, TermDeclaration.Reduction.self)
      }
    }
    if let periodic, !residuals.isEmpty {
      diagnostics.error(
        .conflictingKeys,
        "term '\(name.value)' has residuals and 'periodic'; a periodic term writes its own "
          + "residuals", at: periodic.range)
      return
    }
    if residuals.isEmpty, periodic == nil {
      try fail("expected a residual or 'periodic: INPUT' after the sampler name", at: keyword)
    }
    guard claim(name, in: "terms", at: keyword) else { return }
    spec.terms.append(
      TermDeclaration(
        name: name, sampler: sampler, residuals: residuals, reduction: reduction, weight: weight,
        periodic: periodic))
  }
}
