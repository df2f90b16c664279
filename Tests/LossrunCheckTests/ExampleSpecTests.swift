import LossrunCheck
import LossrunDiagnostics
import LossrunTestSupport
import Testing

@Suite struct ExampleSpecTests {
  @Test func thereAreFiveExamples() {
    let names = SpecFixtures.exampleSpecPaths.map { $0.split(separator: "/").last ?? "" }
    #expect(names.count >= 5)
    #expect(names.contains("poisson-mixed.yaml"))
    #expect(names.contains("helmholtz.yaml"))
  }

  @Test(arguments: SpecFixtures.exampleSpecPaths)
  func exampleLintsClean(_ path: String) {
    let report = SpecFrontEnd.load(path: path)
    let rendered = DiagnosticRenderer(sources: report.source.map { [$0] } ?? [])
      .text(report.diagnostics)
    #expect(report.diagnostics.isEmpty, "\(rendered)")
    #expect(report.checked != nil)
  }

  /// The exact solutions of the examples satisfy their initial and boundary data.
  @Test func burgersInitialConditionIsMinusSine() throws {
    let path = try #require(SpecFixtures.exampleSpecPaths.first { $0.hasSuffix("burgers.yaml") })
    let checked = try #require(SpecFrontEnd.load(path: path).checked)
    #expect(checked.timeInput == 1)
    #expect(checked.spaceInputs == [0])
    let start = try #require(checked.samplers.first { $0.name == "start" })
    #expect(start.region == .initial)
    #expect(checked.training.switchToLBFGS?.step == 15000)
    #expect(checked.training.precision == .float64)
  }

  @Test func kovasznayExactSolutionIsDivergenceFree() throws {
    let path = try #require(SpecFixtures.exampleSpecPaths.first { $0.hasSuffix("kovasznay.yaml") })
    let checked = try #require(SpecFrontEnd.load(path: path).checked)
    guard case .exact(let solutions) = checked.evaluation?.target else {
      Issue.record("expected exact solutions")
      return
    }
    #expect(solutions.map(\.output) == [0, 1, 2])
    // u_x + v_y = 0 for the exact solution, by central differences.
    let h = 1e-5
    func value(_ output: Int, _ x: Double, _ y: Double) -> Double {
      solutions[output].expression.value(inputs: [x, y]) ?? .nan
    }
    for (x, y) in [(0.1, 0.2), (-0.3, 1.1), (0.7, -0.4)] {
      let ux = (value(0, x + h, y) - value(0, x - h, y)) / (2 * h)
      let vy = (value(1, x, y + h) - value(1, x, y - h)) / (2 * h)
      #expect(abs(ux + vy) < 1e-6)
    }
  }

  @Test func heatInverseDataSatisfiesTheHeatEquationWithTheTrueDiffusivity() throws {
    let path = try #require(
      SpecFixtures.exampleSpecPaths.first { $0.hasSuffix("heat-inverse.yaml") })
    let checked = try #require(SpecFrontEnd.load(path: path).checked)
    let exact = try #require(checked.definitions.first { $0.name == "exact" }).expression
    let kappa = try #require(checked.constants.first { $0.name == "kappa_true" }).value
    #expect(checked.parameters.first?.learnable == true)
    let h = 1e-4
    func u(_ x: Double, _ t: Double) -> Double { exact.value(inputs: [x, t]) ?? .nan }
    for (x, t) in [(0.3, 0.2), (0.8, 0.6)] {
      let ut = (u(x, t + h) - u(x, t - h)) / (2 * h)
      let uxx = (u(x + h, t) - 2 * u(x, t) + u(x - h, t)) / (h * h)
      #expect(abs(ut - kappa * uxx) < 1e-5)
    }
  }
}
