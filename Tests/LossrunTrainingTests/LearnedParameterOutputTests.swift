import Foundation
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// An inverse problem's learned parameters are readable without the parameter files: a
/// `param_NAME` column per learnable parameter on every `metrics.csv` row, and their initial and
/// final values under `parameters` in `summary.json`.
@Suite struct LearnedParameterOutputTests {
  /// A small inverse heat problem: `kappa` is learned from 0.5; `scale` is fixed.
  static func spec(precision: String = "float64", steps: Int = 12) -> String {
    """
    name: inverse
    inputs: { x: [0, 1], t: [0, 1] }
    parameters:
      kappa: { init: 0.5, learn: true }
      scale: { init: 1, learn: false }
    define: { exact: "exp(-0.1*pi^2*t) * sin(pi*x)" }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      inside: { region: interior, points: 16 }
      sensors: { region: interior, points: 16, resample: 0 }
    terms:
      pde: { on: inside, residual: "u_t - kappa*u_xx" }
      data: { on: sensors, residual: "u - scale*exact" }
    training: { steps: \(steps), lr: 1e-2, seed: 2, precision: \(precision), log_every: 3 }
    evaluate: { exact: exact, every: 6 }
    """
  }

  /// The `param_kappa` cell of every row of `metrics.csv` in `directory`, with the header.
  static func kappaColumn(_ directory: String) throws -> (header: [String], values: [Double]) {
    let table = LossrunReport.MetricsTable(csv: RunTests.contents(directory + "/metrics.csv"))
    #expect(table.notes.isEmpty, "\(table.notes)")
    let column = try #require(table.index(of: "param_kappa"), "no param_kappa in \(table.columns)")
    let values = try table.rows.map { row in
      try #require(row[column], "a row without param_kappa")
    }
    return (table.columns, values)
  }

  @Test(arguments: ["float64", "float32"])
  func theLearnedParameterIsOnEveryRowAndInTheSummary(precision: String) throws {
    let out = RunTestSupport.temporaryDirectory("learned-\(precision)")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try RunTests.run(Self.spec(precision: precision), out: out)
    let (header, kappa) = try Self.kappaColumn(out)
    // Only the learnable parameter has a column, and it comes last.
    #expect(header.last == "param_kappa")
    #expect(!header.contains("param_scale"))
    // Rows at steps 0, 3, 6, 9 and the final one at 12; one value on each.
    let steps = LossrunReport.MetricsTable(csv: RunTests.contents(out + "/metrics.csv")).series(
      y: "step"
    ).ys
    #expect(steps == [0, 3, 6, 9, 12])
    #expect(kappa.count == steps.count)
    // Step 0 is measured before the first update; training moves kappa after that.
    #expect(kappa.first == 0.5)
    #expect(Set(kappa).count == kappa.count, "kappa did not change: \(kappa)")

    // summary.json: the initial value and the final one, which is the last row's and the
    // parameter file's.
    let learned = try #require(result.summary.learnedParameters.first)
    #expect(result.summary.learnedParameters.count == 1)
    #expect(learned.name == "kappa" && learned.initialValue == 0.5)
    #expect(learned.finalValue == kappa.last)
    let json = try RunComparison.summary(out)
    let parameters = try #require(json["parameters"] as? [String: [String: Double]])
    #expect(parameters.keys.sorted() == ["kappa"])
    #expect(parameters["kappa"]?["initial"] == 0.5)
    // The exact text: JSONSerialization on Linux may round the last digit when it parses.
    let last = try #require(kappa.last)
    #expect(
      RunTests.contents(out + "/summary.json").contains(
        "\n  \"parameters\": {\"kappa\":{\"initial\":0.5,\"final\":\(MetricsNumber.format(last))}},\n"
      ))
    let file = try ParameterFile.read(from: out + "/parameters.lrp")
    #expect(file.blocks.last?.name == "kappa")
    #expect(file.values.last == kappa.last)
  }

  @Test func aSpecWithoutLearnableParametersHasNoParameterColumns() throws {
    let out = RunTestSupport.temporaryDirectory("learned-none")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let fixed = Self.spec(steps: 3).patched(
      replacing: "kappa: { init: 0.5, learn: true }", with: "kappa: { init: 0.5, learn: false }")
    let result = try RunTests.run(fixed, out: out)
    let header = RunTests.contents(out + "/metrics.csv").prefix { $0 != "\n" }
    #expect(!header.contains("param_"))
    #expect(result.summary.learnedParameters.isEmpty)
    #expect(RunTests.contents(out + "/summary.json").contains("\n  \"parameters\": {},\n"))
  }

  @Test func aResumedRunContinuesTheParameterColumn() throws {
    let text = Self.spec(steps: 12)
    let spec = try #require(RunTestSupport.checked(text))
    let straight = RunTestSupport.temporaryDirectory("learned-straight")
    let resumed = RunTestSupport.temporaryDirectory("learned-resumed")
    defer {
      for directory in [straight, resumed] {
        try? FileManager.default.removeItem(atPath: directory)
      }
    }
    _ = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: straight))
    var checks = 0
    let first = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: resumed),
      shouldStop: {
        checks += 1
        return checks > 5
      })
    #expect(first.interrupted)
    let second = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: resumed, resume: true))
    #expect(second.summary.resumedFrom == 5)
    try RunComparison.expectIdentical(straight, resumed)
    let (_, kappa) = try Self.kappaColumn(resumed)
    #expect(second.summary.learnedParameters.map(\.finalValue) == [kappa.last])
    #expect(second.summary.learnedParameters.map(\.initialValue) == [0.5])
  }
}
