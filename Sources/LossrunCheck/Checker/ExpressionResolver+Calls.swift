import LossrunDiagnostics
import LossrunSpec

extension ExpressionResolver {
  /// The two-argument functions.
  static let binaryFunctions: [String: ArithmeticOperator] = [
    "pow": .power, "min": .minimum, "max": .maximum, "atan2": .arcTangent,
  ]

  /// The differential operators.
  static let derivativeOperators = ["d", "lap", "grad", "div", "dn"]

  /// Every function name, for did-you-mean.
  static var functionNames: [String] {
    ElementaryFunction.allCases.map(\.rawValue) + ["pow", "min", "max", "atan2"]
      + derivativeOperators
  }

  /// Resolves `name(arguments)`.
  mutating func resolveCall(
    _ name: String, nameRange: SourceRange, arguments: [Expression], at range: SourceRange
  ) -> ResolvedExpression? {
    if let function = ElementaryFunction(rawValue: name) {
      guard checkArity(name, arguments, expected: 1, nameRange: nameRange) else { return nil }
      return number(arguments[0]).map { Self.folded(function, $0) }
    }
    if let operation = Self.binaryFunctions[name] {
      guard checkArity(name, arguments, expected: 2, nameRange: nameRange) else { return nil }
      let lhs = number(arguments[0])
      let rhs = number(arguments[1])
      guard let lhs, let rhs else { return nil }
      return Self.folded(operation, lhs, rhs)
    }
    switch name {
    case "d": return resolveDerivative(arguments, nameRange: nameRange, at: range)
    case "lap": return resolveLaplacian(arguments, nameRange: nameRange, at: range)
    case "div": return resolveDivergence(arguments, nameRange: nameRange, at: range)
    case "dn": return resolveNormalDerivative(arguments, nameRange: nameRange, at: range)
    case "grad":
      diagnostics.error(
        .misplacedGrad,
        "grad(...) is a vector; use it only as the argument of div (div(grad(u)) is lap(u)), "
          + "or write the components u_x, u_y",
        at: nameRange)
      return nil
    default:
      let what = scope.symbols[name].map { " ('\(name)' is \($0.kindDescription))" } ?? ""
      let hint = Suggestion.didYouMean(name, in: Self.functionNames)
      diagnostics.error(
        .unknownFunction,
        "unknown function '\(name)'\(what)\(hint) (functions: "
          + Self.functionNames.joined(separator: ", ") + ")",
        at: nameRange)
      return nil
    }
  }

  private mutating func checkArity(
    _ name: String, _ arguments: [Expression], expected: Int, nameRange: SourceRange
  ) -> Bool {
    if arguments.count == expected { return true }
    let noun = expected == 1 ? "argument" : "arguments"
    diagnostics.error(
      .wrongArity, "\(name) takes \(expected) \(noun), not \(arguments.count)", at: nameRange)
    return false
  }

  // MARK: Derivatives

  /// The network output named by `expression`, or a report and nil.
  mutating func outputArgument(_ expression: Expression, of operation: String) -> Int? {
    if case .name(let name) = expression.kind, let index = scope.outputNames.firstIndex(of: name) {
      return index
    }
    reportNonOutput(expression, of: operation)
    return nil
  }

  private mutating func reportNonOutput(_ expression: Expression, of operation: String) {
    var what = "an expression"
    if case .name(let name) = expression.kind {
      what = scope.symbols[name].map { "'\(name)', \($0.kindDescription)" } ?? "'\(name)'"
    } else if case .number = expression.kind {
      what = "a number"
    }
    diagnostics.error(
      .derivativeOfNonOutput,
      "\(operation) applies to a network output (\(scope.outputNames.joined(separator: ", "))), "
        + "not to \(what)",
      at: expression.range)
  }

  /// The channel a derivative's first argument names: an output, a short form such as `u_x`,
  /// or a nested `d(...)`.
  private mutating func channelArgument(_ expression: Expression) -> OutputDerivative? {
    switch expression.kind {
    case .name(let name):
      if let index = scope.outputNames.firstIndex(of: name) {
        return OutputDerivative(
          output: index, derivative: .zero(inputCount: scope.inputNames.count))
      }
      if scope.symbols[name] == nil,
        case .channel(let found) = derivativeShortForm(
          name, at: expression.range)
      {
        return found
      }
    case .call("d", let nameRange, let arguments):
      guard let resolved = derivativeChannel(arguments, nameRange: nameRange) else { return nil }
      return resolved
    default: break
    }
    if diagnostics.diagnostics.last?.range != expression.range {
      reportNonOutput(expression, of: "d(...)")
    }
    return nil
  }

  /// `d(f, x, y)`, `d(u, x, 2)`: the channel, before its order is checked.
  private mutating func derivativeChannel(_ arguments: [Expression], nameRange: SourceRange)
    -> OutputDerivative?
  {
    guard arguments.count >= 2 else {
      diagnostics.error(
        .wrongArity,
        "d takes a network output and at least one input, such as d(u, x), d(u, x, y) or "
          + "d(u, x, 2); got \(arguments.count) argument\(arguments.count == 1 ? "" : "s")",
        at: nameRange)
      return nil
    }
    let base = channelArgument(arguments[0])
    var index = base?.derivative ?? .zero(inputCount: scope.inputNames.count)
    var previous: Int?
    var failed = base == nil
    for argument in arguments.dropFirst() {
      switch argument.kind {
      case .name(let name) where scope.inputNames.contains(name):
        let input = scope.inputNames.firstIndex(of: name) ?? 0
        index = index.adding(input: input)
        previous = input
      case .number(let count) where previous != nil:
        guard count == count.rounded(), count >= 1, count <= Double(MultiIndex.maximumTotalOrder)
        else {
          diagnostics.error(
            .derivativeOrder,
            "a derivative order must be a whole number from 1 to "
              + "\(MultiIndex.maximumTotalOrder), such as d(u, x, 2)",
            at: argument.range)
          failed = true
          continue
        }
        for _ in 1..<Int(count) { index = index.adding(input: previous ?? 0) }
        previous = nil
      default:
        var what = "an expression"
        if case .name(let name) = argument.kind {
          what = scope.symbols[name].map { "'\(name)', \($0.kindDescription)" } ?? "'\(name)'"
        } else if case .number = argument.kind {
          what = "a number (an order follows an input: d(u, x, 2))"
        }
        diagnostics.error(
          .derivativeWithRespectToNonInput,
          "derivatives are taken with respect to inputs (\(scope.inputNames.joined(separator: ", "))), "
            + "not \(what)",
          at: argument.range)
        failed = true
      }
    }
    guard !failed, let base else { return nil }
    return OutputDerivative(output: base.output, derivative: index)
  }

  private mutating func resolveDerivative(
    _ arguments: [Expression], nameRange: SourceRange, at range: SourceRange
  ) -> ResolvedExpression? {
    guard let found = derivativeChannel(arguments, nameRange: nameRange) else { return nil }
    return channel(.network(found), order: found.derivative.totalOrder, at: range)
  }

  private mutating func resolveLaplacian(
    _ arguments: [Expression], nameRange: SourceRange, at range: SourceRange
  ) -> ResolvedExpression? {
    guard checkArity("lap", arguments, expected: 1, nameRange: nameRange),
      let output = outputArgument(arguments[0], of: "lap")
    else { return nil }
    return channel(.laplacian(output: output), order: 2, at: range)
  }

  private mutating func resolveDivergence(
    _ arguments: [Expression], nameRange: SourceRange, at range: SourceRange
  ) -> ResolvedExpression? {
    if arguments.count == 1, case .call("grad", let gradRange, let inner) = arguments[0].kind {
      guard checkArity("grad", inner, expected: 1, nameRange: gradRange),
        let output = outputArgument(inner[0], of: "grad")
      else { return nil }
      return channel(.laplacian(output: output), order: 2, at: range)
    }
    let space = scope.spaceInputs
    guard arguments.count == space.count else {
      let names = space.map { scope.inputNames[$0] }.joined(separator: ", ")
      diagnostics.error(
        .wrongArity,
        "div takes grad(u) or one output per space input (\(space.count) here: \(names)), "
          + "not \(arguments.count) arguments",
        at: nameRange)
      return nil
    }
    var sum: ResolvedExpression?
    var failed = false
    for (argument, input) in zip(arguments, space) {
      guard let output = outputArgument(argument, of: "div") else {
        failed = true
        continue
      }
      let zero = MultiIndex.zero(inputCount: scope.inputNames.count)
      let component = ResolvedExpression.network(
        OutputDerivative(output: output, derivative: zero.adding(input: input)))
      sum = sum.map { .binary(.add, $0, component) } ?? component
      facts.nodeCount += 2
    }
    guard !failed, let sum else { return nil }
    return channel(sum, order: 1, at: range)
  }

  private mutating func resolveNormalDerivative(
    _ arguments: [Expression], nameRange: SourceRange, at range: SourceRange
  ) -> ResolvedExpression? {
    guard checkArity("dn", arguments, expected: 1, nameRange: nameRange),
      let output = outputArgument(arguments[0], of: "dn")
    else { return nil }
    let result = channel(.normalDerivative(output: output), order: 1, at: range)
    if result != nil { facts.normalDerivativeSites.append(nameRange) }
    return result
  }
}
