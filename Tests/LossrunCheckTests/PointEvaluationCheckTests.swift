import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `u(x: a)`: an output, derivative or definition evaluated at an affine image of each point,
/// and `periodic: x`, which writes such residuals for every output. Both formats read them the
/// same way; the checker substitutes inputs, composes maps and reports located errors.
@Suite struct PointEvaluationCheckTests {
  /// A space-time spec on x ∈ [-1, 1], t ∈ [0, 1] with the term `walls` given by `walls`.
  static func spec(walls: String, define: String = "{ even: \"u + u(x: -x)\" }") -> String {
    """
    inputs: { x: [-1, 1], t: [0, 1] }
    define: \(define)
    network: { outputs: [u], hidden: [4] }
    samplers:
      inside: { region: interior, points: 16 }
      start: { region: initial, points: 8 }
      ends: { region: boundary, where: "x == -1", points: 8 }
    terms:
      pde: { on: inside, residual: "u_t - 0.1*u_xx" }
      initial: { on: start, residual: "u - cos(pi*x)" }
      walls: \(walls)
    training: { steps: 10 }
    """
  }

  static func errors(_ report: SpecFrontEnd.Report) -> [Diagnostic] {
    report.diagnostics.filter { $0.severity == .error }
  }

  static func residuals(_ report: SpecFrontEnd.Report, term: String) throws
    -> [ResolvedExpression]
  {
    let checked = try #require(report.checked, "\(report.diagnostics.map(\.message))")
    return try #require(checked.terms.first { $0.name == term }).residuals
  }

  @Test func anEvaluationReadsTheNetworkAtTheImageAndSubstitutesInputs() throws {
    let report = SpecFixtures.lint(
      Self.spec(walls: "{ on: ends, residual: \"u(x: -1) - u(x: 1) + x*u_x(x: 1 - x, t: t)\" }"))
    #expect(Self.errors(report).isEmpty, "\(report.diagnostics.map(\.message))")
    let residual = try #require(try Self.residuals(report, term: "walls").first)
    let value = OutputDerivative(output: 0, derivative: .zero(inputCount: 2))
    let left = PointMap(matrix: [0, 0, 0, 1], offset: [-1, 0])
    let right = PointMap(matrix: [0, 0, 0, 1], offset: [1, 0])
    let reflected = PointMap(matrix: [-1, 0, 0, 1], offset: [1, 0])
    #expect(residual.pointMaps == [left, right, reflected])
    var leaves: [ResolvedExpression] = []
    residual.forEachNode { if case .evaluated = $0 { leaves.append($0) } }
    #expect(leaves.first == .evaluated(.network(value), at: left))
  }

  @Test func definitionsAreEvaluatedWithTheirInputsAndMapsComposed() throws {
    // even = u + u(x: -x) is even in x for any network, so even(x: -1) - even(x: 1) is zero
    // once the maps compose: the lint says so.
    let report = SpecFixtures.lint(
      Self.spec(walls: "{ on: ends, residual: \"even(x: -1) - even(x: 1)\" }"))
    let residual = try #require(try Self.residuals(report, term: "walls").first)
    #expect(residual.pointMaps.count == 2)
    #expect(report.diagnostics.contains { $0.id == .identicallyZeroResidual })
  }

  @Test func evaluationsWithBadBindingsAreLocatedErrors() throws {
    let cases: [(residual: String, text: String, message: String)] = [
      ("u(z: 1)", "z", "'z' is not an input"),
      ("u(x: 1, x: 2)", "x: 2", "'x' is set twice"),
      ("u(x: x^2)", "x^2", "affine function of the inputs"),
      ("u(x: t*x)", "t*x", "affine function of the inputs"),
      ("u(x: k)", "k", "'k' is not defined"),
      ("lap(x: 1)", "lap", "takes its arguments by position"),
    ]
    for (residual, text, message) in cases {
      let yaml = Self.spec(walls: "{ on: ends, residual: \"\(residual)\" }")
      let report = SpecFixtures.lint(yaml)
      let error = try #require(Self.errors(report).first, "\(residual)")
      #expect(error.message.contains(message), "\(residual): \(error.message)")
      let line = try #require(yaml.split(separator: "\n").first { $0.contains("walls:") })
      let column = try #require(line.range(of: "\"" + residual)).lowerBound
      let offset = line.distance(from: line.startIndex, to: column) + 1
      let written = try #require(residual.range(of: text)).lowerBound
      let expected = offset + residual.distance(from: residual.startIndex, to: written) + 1
      #expect(error.range?.start.column == expected, "\(residual): \(error.range as Any)")
    }
  }

  @Test func aPeriodicTermMatchesValuesAndDerivativesAtTheBounds() throws {
    let report = SpecFixtures.lint(Self.spec(walls: "{ on: ends, periodic: x }"))
    #expect(Self.errors(report).isEmpty, "\(report.diagnostics.map(\.message))")
    let residuals = try Self.residuals(report, term: "walls")
    let left = PointMap.fixing(0, at: -1, inputCount: 2)
    let right = PointMap.fixing(0, at: 1, inputCount: 2)
    let value = ResolvedExpression.network(
      OutputDerivative(output: 0, derivative: .zero(inputCount: 2)))
    let slope = ResolvedExpression.network(
      OutputDerivative(output: 0, derivative: MultiIndex.zero(inputCount: 2).adding(input: 0)))
    #expect(
      residuals == [
        .binary(.subtract, .evaluated(value, at: left), .evaluated(value, at: right)),
        .binary(.subtract, .evaluated(slope, at: left), .evaluated(slope, at: right)),
      ])
    // The periodic term covers both x faces: no uncovered-boundary warning for u_xx.
    #expect(!report.diagnostics.contains { $0.id == .uncoveredBoundary })
  }

  @Test func aPeriodicTermNeedsAnInputAndNoResidual() throws {
    let unknown = SpecFixtures.lint(Self.spec(walls: "{ on: ends, periodic: z }"))
    #expect(Self.errors(unknown).first?.message.contains("'z', which is not an input") == true)
    let both = SpecFixtures.lint(Self.spec(walls: "{ on: ends, periodic: x, residual: u }"))
    #expect(Self.errors(both).first?.id == .conflictingKeys)
    let neither = SpecFixtures.lint(Self.spec(walls: "{ on: ends }"))
    #expect(Self.errors(neither).first?.id == .missingKey)
  }

  @Test func ntkWeightingTakesTermsThatReadOtherPoints() throws {
    // The Jacobian-norm pass sums a point's gradient over its images (engine tests).
    let yaml = Self.spec(walls: "{ on: ends, periodic: x }") + "\nweighting: { rule: ntk }\n"
    #expect(Self.errors(SpecFixtures.lint(yaml)).isEmpty)
  }

  @Test func bothFormatsReadEvaluationsAndPeriodicTermsAlike() throws {
    let yaml =
      Self.spec(
        walls: "{ on: ends, residual: \"u(x: -1) - u(x: 1, t: 1 - t)\", weight: 2 }")
      + "\n" + "  # and a periodic one\n"
    let withPeriodic = yaml.replacingOccurrences(
      of: "  walls:", with: "  loop: { on: ends, periodic: x }\n  walls:")
    let report = SpecFixtures.lint(withPeriodic)
    let spec = try #require(report.spec)
    let text = TextWriter.write(spec)
    #expect(text.contains("term loop on ends:"), "\(text)")
    #expect(text.contains("periodic: x"))
    #expect(text.contains("u(x: -1) - u(x: 1, t: 1 - t)"))
    let reread = SpecFrontEnd.load(
      text: text, path: "test.loss", machineMemory: SpecFixtures.plentyOfMemory)
    #expect(Self.errors(reread).isEmpty, "\(reread.diagnostics.map(\.message))")
    let twin = try #require(reread.spec)
    #expect(twin.structuralDifferences(from: spec).isEmpty)
    let yamlAgain = YAMLWriter.write(twin)
    #expect(yamlAgain.contains("periodic: x"))
    #expect(try Self.residuals(reread, term: "walls") == Self.residuals(report, term: "walls"))
  }
}
