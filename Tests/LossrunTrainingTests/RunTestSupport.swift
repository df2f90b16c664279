import Foundation
import LossrunCheck
import Testing

@testable import LossrunTraining

/// Shared helpers of the lowering and run tests.
enum RunTestSupport {
  /// The checked spec of YAML `text` (the test fails on diagnostics with errors).
  static func checked(_ text: String, path: String = "test.yaml") -> CheckedSpec? {
    let report = SpecFrontEnd.load(text: text, path: path)
    #expect(report.checked != nil, "spec has errors: \(report.diagnostics.map(\.message))")
    return report.checked
  }

  /// A fresh temporary directory path (not created).
  static func temporaryDirectory(_ name: String) -> String {
    NSTemporaryDirectory()
      + "lossrun-run-tests-\(getpid())-\(name)-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// A small Poisson-like spec on the unit square with a Dirichlet and a Neumann term.
  static func smallSpec(
    steps: Int = 30, weighting: String = "{ rule: annealing, reference: residual, stat: mean }",
    precision: String = "float64", resample: Int? = nil
  ) -> String {
    let resampleText = resample.map { ", resample: \($0)" } ?? ""
    return """
      name: small
      inputs: { x: [0, 1], y: [0, 1] }
      define:
        exact: sin(pi*x) * y
      network: { outputs: [u], hidden: [8, 8], activation: tanh, normalize: box }
      samplers:
        interior: { region: interior, points: 24\(resampleText) }
        wall: { region: boundary, where: "x == 0 or y == 0 or y == 1", points: 16 }
        side: { region: boundary, where: "x == 1", points: 8 }
      terms:
        residual: { on: interior, residual: "-lap(u) - pi^2 * exact" }
        wall: { on: wall, residual: "u - exact" }
        side: { on: side, residual: "dn(u) + pi * y" }
      weighting: \(weighting)
      training: { optimizer: adam, lr: 1e-3, steps: \(steps), seed: 3, precision: \(precision), log_every: 5 }
      evaluate: { exact: exact, grid: [11, 11], every: 10 }
      """
  }
}
