import Foundation
import LossrunCheck
import LossrunDiagnostics
import LossrunTestSupport
import Testing

/// How names, derivatives and functions resolve, checked on the residuals of small specs.
@Suite struct ExpressionResolutionTests {
  /// A spec with inputs (x, y, t), outputs (u, v) and one residual per expression.
  static func residuals(
    _ expressions: [String], inputs: String = "{ x: [0, 1], y: [0, 1], t: [0, 1] }",
    outputs: String = "[u, v]"
  ) -> (SpecFrontEnd.Report, [ResolvedExpression]) {
    let firstInput = inputs.dropFirst(2).prefix { $0 != ":" }
    let firstOutput = outputs.dropFirst().prefix { $0 != "," && $0 != "]" }
    let list = expressions.map { "\"\($0)\"" }.joined(separator: ", ")
    let text = """
      inputs: \(inputs)
      constants: { k: 2, c: "k^2 + 1" }
      define: { f: "c * \(firstInput)", g: "f + \(firstOutput)" }
      parameters: { nu: 0.5 }
      network: { outputs: \(outputs), hidden: [4] }
      samplers:
        inside: { region: interior, points: 8 }
      terms:
        pde: { on: inside, residual: [\(list)] }
      """
    let report = SpecFixtures.lint(text)
    let resolved = report.checked?.terms.first?.residuals ?? []
    // Tests index the residuals; pad with zeros so a failed check fails its expectations only.
    return (
      report, resolved + Array(repeating: .number(0), count: expressions.count - resolved.count)
    )
  }

  static func channel(_ output: Int, _ counts: [Int]) -> ResolvedExpression {
    .network(OutputDerivative(output: output, derivative: MultiIndex(counts: counts)))
  }

  @Test func shortFormsAndCallFormsAgree() {
    let (report, resolved) = Self.residuals([
      "u_xy", "d(u, x, y)", "u_xx", "d(u, x, 2)", "d(u_x, x)", "v_t", "u_xxyy", "d(u, y, 2, x, 2)",
    ])
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    #expect(resolved.count == 8)
    #expect(resolved[0] == Self.channel(0, [1, 1, 0]))
    #expect(resolved[1] == resolved[0])
    #expect(resolved[2] == Self.channel(0, [2, 0, 0]))
    #expect(resolved[3] == resolved[2])
    #expect(resolved[4] == resolved[2])
    #expect(resolved[5] == Self.channel(1, [0, 0, 1]))
    #expect(resolved[6] == Self.channel(0, [2, 2, 0]))
    #expect(resolved[7] == resolved[6])
  }

  @Test func laplacianForms() {
    let (report, resolved) = Self.residuals(["lap(u)", "div(grad(u))", "div(u, v)"])
    #expect(!report.hasErrors)
    #expect(resolved[0] == .laplacian(output: 0))
    #expect(resolved[1] == .laplacian(output: 0))
    // div(u, v) = u_x + v_y over the space inputs (x, y), not time.
    #expect(
      resolved[2] == .binary(.add, Self.channel(0, [1, 0, 0]), Self.channel(1, [0, 1, 0])))
  }

  @Test func timeIsNotASpaceInput() throws {
    let (report, _) = Self.residuals(["u"])
    let checked = try #require(report.checked)
    #expect(checked.timeInput == 2)
    #expect(checked.spaceInputs == [0, 1])
    #expect(checked.inputs.map(\.isTime) == [false, false, true])
  }

  @Test func constantsFoldAndDefinitionsInline() {
    let (report, resolved) = Self.residuals(["g - k", "nu * u"])
    #expect(!report.hasErrors)
    // g = f + u = c*x + u with c = 5; g - k = (5*x + u) - 2.
    let expected = ResolvedExpression.binary(
      .subtract,
      .binary(.add, .binary(.multiply, .number(5), .input(0)), Self.channel(0, [0, 0, 0])),
      .number(2))
    #expect(resolved[0] == expected)
    #expect(resolved[1] == .binary(.multiply, .parameter(0), Self.channel(0, [0, 0, 0])))
  }

  @Test func functionsResolveAndEvaluate() throws {
    let (report, resolved) = Self.residuals([
      "sin(x) + cos(y) + tan(t) + exp(x) + log(1 + y) + sqrt(t) + abs(x - 1)",
      "tanh(x) + sinh(y) + cosh(t) + pow(x, 3) + min(x, y) + max(x, y) + x^2^2 + -x^2 + u",
    ])
    #expect(!report.hasErrors)
    let (x, y, t) = (0.3, 0.6, 0.2)
    let first = try #require(
      resolved[0].value(inputs: [x, y, t]))
    let expectedFirst =
      sin(x) + cos(y) + tan(t) + exp(x) + log(1 + y) + t.squareRoot() + abs(x - 1)
    #expect(abs(first - expectedFirst) < 1e-12)
    // The second reads the network, so it has no value at a point.
    #expect(resolved[1].value(inputs: [x, y, t]) == nil)
    guard case .binary(.add, let withoutNetwork, _) = resolved[1] else {
      Issue.record("expected a sum")
      return
    }
    let second = try #require(withoutNetwork.value(inputs: [x, y, t]))
    let expectedSecond =
      tanh(x) + sinh(y) + cosh(t) + pow(x, 3) + min(x, y) + max(x, y) + pow(x, 4) - x * x
    #expect(abs(second - expectedSecond) < 1e-12)
  }

  @Test func arcTangentTakesYThenXAndFoldsConstants() throws {
    let (report, resolved) = Self.residuals([
      "atan2(y - 0.5, x - 0.5)", "atan2(-(x + y), y - x) + 3*pi/4", "atan2(1, -1) + u",
    ])
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    for (x, y) in [(0.9, 0.5), (0.5, 0.9), (0.1, 0.5), (0.5, 0.1), (0.2, 0.1)] {
      let angle = try #require(resolved[0].value(inputs: [x, y, 0]))
      #expect(abs(angle - atan2(y - 0.5, x - 0.5)) < 1e-15)
    }
    // The L-shape's angle: continuous on [-1, 1]² minus the fourth quadrant, in [0, 3π/2].
    for (x, y, theta) in [
      (1.0, 0.0, 0.0), (0.0, 1.0, Double.pi / 2), (-1.0, 0.0, Double.pi),
      (0.0, -1.0, 3 * Double.pi / 2), (-1.0, -1.0, 5 * Double.pi / 4),
    ] {
      let value = try #require(resolved[1].value(inputs: [x, y, 0]))
      #expect(abs(value - theta) < 1e-12, "(\(x), \(y))")
    }
    // Numbers fold: atan2(1, -1) is 3π/4.
    guard case .binary(.add, .number(let folded), _) = resolved[2] else {
      Issue.record("expected a folded angle plus u, got \(resolved[2])")
      return
    }
    #expect(abs(folded - 3 * Double.pi / 4) < 1e-15)
    let (wrong, _) = Self.residuals(["atan2(x)"])
    #expect(wrong.diagnostics.filter { $0.severity == .error }.map(\.id) == [.wrongArity])
  }

  @Test func multiLetterInputNames() {
    let (report, resolved) = Self.residuals(
      ["u_x1x2", "u_x1_x2", "u_x2x2", "d(u, x1, 2)"], inputs: "{ x1: [0, 1], x2: [0, 1] }",
      outputs: "[u]")
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    #expect(resolved[0] == Self.channel(0, [1, 1]))
    #expect(resolved[1] == resolved[0])
    #expect(resolved[2] == Self.channel(0, [0, 2]))
    #expect(resolved[3] == Self.channel(0, [2, 0]))
  }

  @Test func outputNamesWithUnderscores() {
    let (report, resolved) = Self.residuals(
      ["u_1_x", "u_1"], inputs: "{ x: [0, 1] }", outputs: "[u_1]")
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    #expect(resolved[0] == Self.channel(0, [1]))
    #expect(resolved[1] == Self.channel(0, [0]))
  }

  @Test func predicatesUseTheDocumentedTolerance() {
    let x0 = ResolvedPredicate.comparison(.equal, .input(0), .number(1))
    #expect(x0.holds(inputs: [1 + 1e-9]) == true)
    #expect(x0.holds(inputs: [1 + 1e-3]) == false)
    #expect(ResolvedPredicate.not(x0).holds(inputs: [0.5]) == true)
    let both = ResolvedPredicate.and(x0, .comparison(.less, .input(1), .number(0.5)))
    #expect(both.holds(inputs: [1, 0.2]) == true)
    #expect(both.holds(inputs: [1, 0.7]) == false)
    #expect(
      ResolvedPredicate.comparison(.less, .input(0), .number(.nan)).holds(inputs: [0]) == false)
    #expect(x0.holds(inputs: []) == nil)
  }

  @Test func orderFourIsAcceptedOrderFiveIsNot() {
    let (accepted, _) = Self.residuals(["u_xxxx", "d(u, x, 2, y, 2)"])
    #expect(!accepted.hasErrors)
    let (rejected, _) = Self.residuals(["u_xxxxt"])
    #expect(rejected.diagnostics.map(\.id.rawValue) == ["derivative-order"])
  }

  @Test func definitionsExplodingInSizeAreRejected() {
    var lines = ["d0: \"x + 1\""]
    for index in 1...20 { lines.append("d\(index): \"d\(index - 1) * d\(index - 1)\"") }
    let text = """
      inputs: { x: [0, 1] }
      define:
      \(lines.map { "  " + $0 }.joined(separator: "\n"))
      network: { outputs: [u], hidden: [4] }
      samplers: { s: { region: interior, points: 4 } }
      terms: { r: { on: s, residual: "u - d20" } }
      """
    let report = SpecFixtures.lint(text)
    #expect(report.diagnostics.contains { $0.id == .expressionTooLarge })
  }
}

@Suite struct ExpressionLimitTests {
  /// The tallest trees the parser accepts resolve without exhausting the stack.
  @Test func longChainsAndDeepNestingResolve() throws {
    let chain = Array(repeating: "x", count: 990).joined(separator: " + ")
    let nested = String(repeating: "sin(", count: 190) + "x" + String(repeating: ")", count: 190)
    let text = SpecFixtures.base(
      replacing: 11, with: "  bc: { on: edge, residual: [\"u - (\(chain))\", \"u - \(nested)\"] }")
    let report = SpecFixtures.lint(text)
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.id))")
    let residual = try #require(report.checked?.terms.last?.residuals.first)
    // x + x + ... folds nothing (inputs are not numbers) but evaluates exactly.
    guard case .binary(.subtract, _, let sum) = residual else {
      Issue.record("expected u - sum")
      return
    }
    #expect(sum.value(inputs: [0.5, 0]) == 495)
  }
}
