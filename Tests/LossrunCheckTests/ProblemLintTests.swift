import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport
import Testing

/// The lints of the problem (conditions, coverage, settings, terms): each reports its warning at
/// the expected place on a bad spec, and the valid twin it was made from lints clean.
@Suite struct ProblemLintTests {
  /// `ProblemFixtures.heat` with a boundary sampler on the face x == 0 before `start`.
  static let heatWithLeft = ProblemFixtures.heat.patched(
    replacing: "  start: {",
    with: "  left: { region: boundary, where: \"x == 0\", points: 16 }\n  start: {")

  static let cases: [BadSpec] = [
    BadSpec(
      summary: "heat equation without its initial condition", line: 13, text: "",
      id: "missing-initial-condition", marker: "u_t - u_xx", base: ProblemFixtures.heat,
      markerLine: 11),
    BadSpec(
      summary: "wave equation with the value but not the rate", line: 11,
      text: "  pde: { on: inside, residual: \"u_tt - u_xx - f\" }",
      id: "missing-initial-condition", marker: "u_tt", base: ProblemFixtures.heat),
    BadSpec(
      summary: "a wall without a condition", line: 8,
      text: "  edge: { region: boundary, where: \"x == 0\", points: 16 }",
      id: "uncovered-boundary", marker: "u_xx", base: ProblemFixtures.heat),
    BadSpec(
      summary: "a square with three sides", line: 6,
      text: "  walls: { region: boundary, where: \"x == 0 or y == 0\", points: 16 }",
      id: "uncovered-boundary", marker: "lap(u)", base: ProblemFixtures.natural),
    BadSpec(
      summary: "pressure without a gauge", line: 12,
      text: "  pressure: { on: outlet, residual: \"u - y*(1 - y)\" }",
      id: "missing-gauge", marker: "p_x", base: ProblemFixtures.stokes, markerLine: 9),
    BadSpec(
      summary: "Adam at lr 1e3", line: 14, text: "training: { lr: 1e3, steps: 10 }",
      id: "learning-rate-range", marker: "1e3", base: ProblemFixtures.heat),
    BadSpec(
      summary: "SGD at lr 1e-8", line: 14,
      text: "training: { optimizer: sgd, lr: 1e-8, steps: 10 }",
      id: "learning-rate-range", marker: "1e-8", base: ProblemFixtures.heat),
    BadSpec(
      summary: "a schedule that stops training early", line: 14,
      text: "training: { steps: 1000, schedule: { kind: step, factor: 0.1, every: 100 } }",
      id: "learning-rate-decay", marker: "step,", base: ProblemFixtures.heat),
    BadSpec(
      summary: "an evaluation interval longer than the run", line: 15,
      text: "evaluate: { exact: \"x\", every: 1000 }", id: "evaluation-interval",
      marker: "1000", base: ProblemFixtures.heat),
    BadSpec(
      summary: "a learnable parameter nothing observes", line: 11,
      text: "  data: { on: sensors, residual: \"u_x - 1\" }", id: "unobserved-parameter",
      marker: "kappa", base: ProblemFixtures.inverse, markerLine: 3),
    BadSpec(
      summary: "u - u", line: 12, text: "  bc: { on: edge, residual: \"u - u\" }",
      id: "identically-zero-residual", marker: "u - u", base: ProblemFixtures.heat),
    BadSpec(
      summary: "(u + 1)(u - 1) - u^2 + 1", line: 12,
      text: "  bc: { on: edge, residual: \"(u + 1)*(u - 1) - u^2 + 1\" }",
      id: "identically-zero-residual", marker: "(u + 1)", base: ProblemFixtures.heat),
    BadSpec(
      summary: "two Dirichlet values on one wall", line: 14,
      text: "  ic: { on: start, residual: \"u - sin(pi*x)\" }\n"
        + "  held: { on: left, residual: \"u - 1\" }",
      id: "conflicting-conditions", marker: "u - 1", base: heatWithLeft),
  ]

  @Test(arguments: cases)
  func reportsTheExpectedWarning(_ bad: BadSpec) throws {
    let report = SpecFixtures.lint(bad.spec)
    let expected = try #require(bad.expectedLocation, "marker not found in the spec")
    let all = report.diagnostics.map {
      "\($0.range?.start.description ?? "-") \($0.id) \($0.message)"
    }
    let found = report.diagnostics.contains {
      $0.id.rawValue == bad.id && $0.severity == .warning
        && $0.range?.start.line == expected.line && $0.range?.start.column == expected.column
    }
    #expect(found, "expected \(bad.id) at \(expected.line):\(expected.column); got \(all)")
    #expect(report.checked != nil, "\(all)")
  }

  @Test(arguments: ProblemFixtures.all.map(\.name))
  func theValidTwinsLintClean(_ name: String) throws {
    let fixture = try #require(ProblemFixtures.all.first { $0.name == name })
    let report = SpecFrontEnd.load(text: fixture.text, path: "\(name).\(fixture.ext)")
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
  }

  @Test func theTwinWithLeftAndItsOwnValueIsClean() {
    let report = SpecFixtures.lint(
      Self.heatWithLeft.patched(
        replacing: "  bc: {", with: "  held: { on: left, residual: \"u\" }\n  bc: {"))
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
  }

  @Test func aPressurePinnedAtAListedPointHasItsGauge() {
    let pinned = ProblemFixtures.stokes.patched(
      replacing: "  outlet: { region: boundary, where: \"x == 1\", points: 16 }",
      with: "  corner: { points: [[0, 0]] }"
    ).patched(
      replacing: "  pressure: { on: outlet, residual: \"p\" }",
      with: "  pressure: { on: corner, residual: \"p\" }")
    let report = SpecFixtures.lint(pinned)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
  }

  @Test func naturalFacesReadTheSameInBothFormats() throws {
    let yaml = try #require(
      SpecFrontEnd.load(text: ProblemFixtures.natural, path: "n.yaml").checked)
    let text = try #require(
      SpecFrontEnd.load(text: ProblemFixtures.naturalText, path: "n.loss").checked)
    #expect(yaml.naturalFaces.count == 1)
    #expect(yaml.naturalFaces == text.naturalFaces)
    #expect(yaml.naturalFaces.first?.holds(inputs: [1, 0.3]) == true)
  }

  @Test func naturalFacesSurviveConversion() throws {
    let read = try #require(
      SpecFrontEnd.load(text: ProblemFixtures.naturalText, path: "n.loss").spec)
    let yaml = YAMLWriter.write(read)
    #expect(yaml.contains("natural: [\"x == 1\"]"), "\(yaml)")
    let back = TextWriter.write(try #require(SpecFrontEnd.load(text: yaml, path: "n.yaml").spec))
    #expect(back.contains("natural x == 1\n"), "\(back)")
    #expect(SpecFrontEnd.load(text: back, path: "n.loss").diagnostics.isEmpty)
  }

  @Test func tEqualsZeroOnTheBoundaryOffersTheInitialRegion() throws {
    let text = ProblemFixtures.heat.patched(
      replacing: "  edge: { region: boundary, points: 16 }",
      with: "  edge: { region: boundary, where: \"t == 0\", points: 16 }")
    let report = SpecFixtures.lint(text)
    let error = try #require(report.diagnostics.first { $0.id == .measureZeroSelection })
    #expect(error.fixIts.map(\.replacement) == ["initial"])
    #expect(error.fixIts.first?.range.start == SourceLocation(line: 8, column: 19))
  }

  @Test(
    arguments: SpecFixtures.exampleSpecPaths(extension: "yaml")
      + SpecFixtures.exampleSpecPaths(extension: "loss"))
  func theExampleSpecsHaveNoWarnings(_ path: String) {
    let report = SpecFrontEnd.load(path: path, machineMemory: SpecFixtures.plentyOfMemory)
    #expect(report.diagnostics.isEmpty, "\(path): \(report.diagnostics.map(\.message))")
  }

  @Test func everyProblemLintHasACase() {
    let covered = Set(Self.cases.map(\.id))
    for id in [
      "missing-initial-condition", "uncovered-boundary", "missing-gauge", "learning-rate-range",
      "learning-rate-decay", "evaluation-interval", "unobserved-parameter",
      "identically-zero-residual", "conflicting-conditions",
    ] {
      #expect(covered.contains(id), "\(id)")
    }
  }
}
