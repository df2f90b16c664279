import Foundation
import LossrunTestSupport
import Testing

/// `lossrun lint` on ill-posed problems: the problem lints warn (and fail only with --strict),
/// and `--deep` adds the term-scale warning.
@Suite struct LintProblemTests {
  @Test func aHeatEquationWithoutItsInitialConditionWarns() throws {
    let text = ProblemFixtures.heat.patched(
      replacing: "  ic: { on: start, residual: \"u - sin(pi*x)\" }\n", with: ""
    ).patched(replacing: "  start: { region: initial, points: 16 }\n", with: "")
    let path = try CLITests.temporarySpec(text, name: "heat.yaml")
    let lenient = try CLITests.run(["lint", path])
    #expect(lenient.status == 0)
    #expect(lenient.standardError.contains("[missing-initial-condition]"))
    #expect(lenient.standardError.hasSuffix("1 warning generated.\n"), "\(lenient.standardError)")
    #expect(try CLITests.run(["lint", "--strict", path]).status == 1)
  }

  @Test func deepReportsTermScales() throws {
    let text = ProblemFixtures.heat.patched(
      replacing: "u_t - u_xx - f", with: "1e8*(u_t - u_xx - f)")
    let path = try CLITests.temporarySpec(text, name: "scaled.yaml")
    let shallow = try CLITests.run(["lint", path])
    #expect(shallow.status == 0)
    #expect(!shallow.standardError.contains("term-scale"))
    let deep = try CLITests.run(["lint", "--deep", path])
    #expect(deep.status == 0)
    #expect(deep.standardError.contains("\(path):11:3: warning: at initialization the term losses"))
    #expect(deep.standardError.contains("[term-scale]"))
    #expect(try CLITests.run(["lint", "--deep", "--strict", path]).status == 1)
  }
}
