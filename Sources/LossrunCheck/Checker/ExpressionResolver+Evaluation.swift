import LossrunDiagnostics
import LossrunSpec

extension ExpressionResolver {
  /// `f(x: a, t: b)`: the output, derivative short form or definition `f` evaluated where the
  /// named inputs take the given values, which must be affine in the inputs. Inputs are
  /// substituted; network leaves are read at the image of the point (``PointMap``).
  mutating func resolveEvaluation(
    _ name: String, nameRange: SourceRange, bindings: [InputBinding]
  ) -> ResolvedExpression? {
    if Self.functionNames.contains(name), scope.symbols[name] == nil {
      diagnostics.error(
        .evaluationPoint,
        "'\(name)' takes its arguments by position; 'NAME(x: ...)' evaluates an output, a "
          + "derivative such as u_x or a definition at another point (define `let L = \(name)(...)` "
          + "and write `L(x: ...)`)", at: nameRange)
      return nil
    }
    let map = pointMap(of: bindings, callee: name)
    guard let callee = resolveName(name, at: nameRange), let map else { return nil }
    var readsData = false
    callee.forEachNode { if case .data = $0 { readsData = true } }
    if readsData {
      diagnostics.error(
        .evaluationPoint,
        "'\(name)' reads a data column, which has a value only at the data file's own points",
        at: nameRange)
      return nil
    }
    return map.isIdentity ? callee : callee.substituting(map)
  }

  /// The map the bindings describe: each named input's affine value, the others unchanged.
  private mutating func pointMap(of bindings: [InputBinding], callee: String) -> PointMap? {
    let inputs = scope.inputNames
    var map = PointMap.identity(inputCount: inputs.count)
    var bound = Set<Int>()
    var failed = false
    for binding in bindings {
      guard let input = inputs.firstIndex(of: binding.input) else {
        let hint = Suggestion.didYouMean(binding.input, in: inputs)
        diagnostics.error(
          .evaluationPoint,
          "'\(binding.input)' is not an input (\(inputs.joined(separator: ", "))); "
            + "'\(callee)(\(binding.input): ...)' names the inputs it sets\(hint)",
          at: binding.inputRange)
        failed = true
        continue
      }
      guard bound.insert(input).inserted else {
        diagnostics.error(
          .evaluationPoint, "'\(binding.input)' is set twice in '\(callee)(...)'",
          at: binding.inputRange)
        failed = true
        continue
      }
      guard let value = number(binding.value) else {
        failed = true
        continue
      }
      guard let row = Self.affineRow(value, inputCount: inputs.count) else {
        diagnostics.error(
          .evaluationPoint,
          "the value of '\(binding.input)' must be an affine function of the inputs with constant "
            + "coefficients (such as 1, -\(binding.input) or \(binding.input) + 2), so the "
            + "network is read at a fixed image of each point",
          at: binding.value.range)
        failed = true
        continue
      }
      let d = inputs.count
      for j in 0..<d { map.matrix[input * d + j] = row.coefficients[j] }
      map.offset[input] = row.constant
    }
    return failed ? nil : map
  }

  /// `value` as Σ cᵢ·xᵢ + c when it is affine in the inputs with constant coefficients.
  static func affineRow(_ value: ResolvedExpression, inputCount: Int)
    -> (coefficients: [Double], constant: Double)?
  {
    guard let form = PolynomialForm(value) else { return nil }
    var coefficients = [Double](repeating: 0, count: inputCount)
    var constant = 0.0
    for (monomial, coefficient) in form.terms {
      if monomial.isEmpty {
        constant = coefficient
        continue
      }
      guard monomial.count == 1, let (atom, power) = monomial.first, power == 1,
        case .input(let index) = atom
      else { return nil }
      coefficients[index] = coefficient
    }
    return (coefficients, constant)
  }
}
