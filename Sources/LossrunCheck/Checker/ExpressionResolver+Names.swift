import LossrunDiagnostics
import LossrunSpec

extension ExpressionResolver {
  /// Resolves a bare name: a declaration, a built-in number or a derivative short form.
  mutating func resolveName(_ name: String, at range: SourceRange) -> ResolvedExpression? {
    if name.hasPrefix(Lexer.dataPrefix + ".") { return resolveDataColumn(name, at: range) }
    if let symbol = scope.symbols[name] {
      return resolveSymbol(symbol, name: name, at: range)
    }
    if let value = ExpressionScope.builtinNumbers[name] { return .number(value) }
    switch derivativeShortForm(name, at: range) {
    case .notShortForm: break
    case .reported: return nil
    case .channel(let found):
      return channel(.network(found), order: found.derivative.totalOrder, at: range)
    }
    let hint = Suggestion.didYouMean(name, in: scope.allNames)
    diagnostics.error(
      .undefinedName,
      "'\(name)' is not defined (\(role) may use \(allowedNames))\(hint)", at: range)
    return nil
  }

  /// `data.NAME`: a column of the term's file sampler.
  private mutating func resolveDataColumn(_ name: String, at range: SourceRange)
    -> ResolvedExpression?
  {
    let column = String(name.dropFirst(Lexer.dataPrefix.count + 1))
    guard context == .full, let dataColumns else {
      let reason =
        context == .full
        ? "\(role) is on a sampler without a data file; `data.NAME` reads a column of a "
          + "`file:` sampler's CSV" : "\(role) cannot read data columns"
      diagnostics.error(.undefinedName, "'\(name)' is not defined: \(reason)", at: range)
      return nil
    }
    guard let index = dataColumns.firstIndex(of: column) else {
      let hint = Suggestion.didYouMean(column, in: dataColumns)
      let known =
        dataColumns.isEmpty
        ? "the file has no data columns besides the inputs"
        : "its data columns: " + dataColumns.joined(separator: ", ")
      diagnostics.error(
        .undefinedName,
        "the data file of \(role) has no column '\(column)'\(hint) (\(known))", at: range)
      return nil
    }
    return .data(column: index)
  }

  /// What the context allows, for messages.
  var allowedNames: String {
    switch context {
    case .constant: "numbers, pi, e and constants"
    case .inputOnly: "inputs, constants and definitions of the inputs"
    case .full: "inputs, constants, definitions, parameters and network outputs"
    }
  }

  private mutating func resolveSymbol(_ symbol: Symbol, name: String, at range: SourceRange)
    -> ResolvedExpression?
  {
    switch (symbol, context) {
    case (.constant(let index), _):
      facts.constants.insert(index)
      // A constant that failed to evaluate was reported already.
      return scope.constantValues[index].map(ResolvedExpression.number)
    case (_, .constant):
      diagnostics.error(
        .nonConstant,
        "'\(name)' is \(symbol.kindDescription), but \(role) must be constant "
          + "(numbers, pi, e and other constants only)",
        at: range)
      return nil
    case (.input(let index), _):
      return .input(index)
    case (.definition(let index), _):
      return resolveDefinition(index, name: name, at: range)
    case (.parameter, .inputOnly), (.output, .inputOnly):
      diagnostics.error(
        .notInputOnly,
        "'\(name)' is \(symbol.kindDescription), but \(role) may read only inputs and constants",
        at: range)
      return nil
    case (.parameter(let index), _):
      facts.parameters.insert(index)
      return .parameter(index)
    case (.output(let index), _):
      facts.readsNetwork = true
      return .network(
        OutputDerivative(output: index, derivative: .zero(inputCount: scope.inputNames.count)))
    }
  }

  private mutating func resolveDefinition(_ index: Int, name: String, at range: SourceRange)
    -> ResolvedExpression?
  {
    facts.definitions.insert(index)
    guard let definition = scope.definitions[index] else { return nil }
    if context == .inputOnly,
      definition.facts.readsNetwork || !definition.facts.parameters.isEmpty
    {
      diagnostics.error(
        .notInputOnly,
        "definition '\(name)' reads the network or a parameter, but \(role) may read only "
          + "inputs and constants",
        at: range)
      return nil
    }
    facts.absorb(definition: definition.facts, usedAt: range)
    return definition.expression
  }

  /// Records a derivative channel and checks its order.
  mutating func channel(_ expression: ResolvedExpression, order: Int, at range: SourceRange)
    -> ResolvedExpression?
  {
    if order > MultiIndex.maximumTotalOrder {
      diagnostics.error(
        .derivativeOrder,
        "derivative of total order \(order); at most \(MultiIndex.maximumTotalOrder) is "
          + "supported",
        at: range)
      return nil
    }
    if context != .full {
      diagnostics.error(
        context == .constant ? .nonConstant : .notInputOnly,
        "\(role) may not read the network; derivatives belong in residuals and definitions",
        at: range)
      return nil
    }
    facts.readsNetwork = true
    if order >= 2 { facts.highOrderSites.append(range) }
    return expression
  }

  /// The outcome of reading a name as a derivative short form.
  enum ShortForm {
    /// The name has no `<output>_` prefix.
    case notShortForm
    /// It is a short form with a mistake, already reported.
    case reported
    /// It is the channel.
    case channel(OutputDerivative)
  }

  /// The longest name read as a derivative short form (longer names are just undefined).
  static let maximumShortFormLength = 128

  /// Reads `u_xy` as output `u` differentiated by `x` then `y`.
  ///
  /// The name splits at an underscore whose left part is an output; the right part is a
  /// sequence of input names, optionally separated by underscores (`u_x1x2`, `u_x1_x2`), matched
  /// longest first. A left part that is another declared name (`k_x` for a constant `k`) is
  /// reported as a derivative of a non-output.
  mutating func derivativeShortForm(_ name: String, at range: SourceRange) -> ShortForm {
    let characters = Array(name.unicodeScalars)
    guard characters.count <= Self.maximumShortFormLength else { return .notShortForm }
    let splits = characters.indices.filter { characters[$0] == "_" }
    for split in splits {
      let head = String(String.UnicodeScalarView(characters[..<split]))
      let tail = String(String.UnicodeScalarView(characters[(split + 1)...]))
      guard let output = scope.outputNames.firstIndex(of: head) else { continue }
      guard let inputs = segment(tail) else {
        diagnostics.error(
          .derivativeWithRespectToNonInput,
          "'\(name)' reads as a derivative of '\(head)', but '\(tail)' is not a sequence of "
            + "inputs (\(scope.inputNames.joined(separator: ", ")))",
          at: range)
        return .reported
      }
      var index = MultiIndex.zero(inputCount: scope.inputNames.count)
      for input in inputs { index = index.adding(input: input) }
      return .channel(OutputDerivative(output: output, derivative: index))
    }
    for split in splits {
      let head = String(String.UnicodeScalarView(characters[..<split]))
      let tail = String(String.UnicodeScalarView(characters[(split + 1)...]))
      guard let symbol = scope.symbols[head], segment(tail) != nil else { continue }
      diagnostics.error(
        .derivativeOfNonOutput,
        "'\(name)' reads as a derivative of '\(head)', which is \(symbol.kindDescription); only "
          + "network outputs (\(scope.outputNames.joined(separator: ", "))) can be differentiated",
        at: range)
      return .reported
    }
    return .notShortForm
  }

  /// Splits `text` into input indices: input names, longest match first, optionally separated
  /// by `_`; nil when it cannot be split or is empty.
  func segment(_ text: String) -> [Int]? {
    let characters = Array(text.unicodeScalars)
    if characters.isEmpty { return nil }
    let names = scope.inputNames.enumerated()
      .map { ($0.offset, Array($0.element.unicodeScalars)) }
      .sorted { $0.1.count > $1.1.count }
    var failedStarts = Set<Int>()
    func from(_ start: Int) -> [Int]? {
      if start == characters.count { return [] }
      if failedStarts.contains(start) { return nil }
      var position = start
      if position > 0, characters[position] == "_" { position += 1 }
      for (index, pieces) in names where !pieces.isEmpty {
        let end = position + pieces.count
        guard end <= characters.count, Array(characters[position..<end]) == pieces else {
          continue
        }
        if let rest = from(end) { return [index] + rest }
      }
      failedStarts.insert(start)
      return nil
    }
    return from(0)
  }
}
