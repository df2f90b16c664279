import Foundation
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// The gradient-conflict diagnostics: values on hand-computed Gramians, and the metrics columns
/// of a small run.
@Suite struct GradientConflictTests {
  /// The row-major Gramian of `gradients`.
  static func gramian(_ gradients: [[Double]]) -> [Double] {
    gradients.flatMap { a in gradients.map { b in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } } }
  }

  @Test func cosinesAlignmentAndUpdateCosinesOfThreeGradients() {
    // g1 = (1, 0), g2 = (0, 1), g3 = (1, 1); the update d = (1, −1).
    let gramian = [1.0, 0, 1, 0, 1, 1, 1, 1, 2]
    #expect(gramian == Self.gramian([[1, 0], [0, 1], [1, 1]]))
    let conflict = GradientConflict(
      gramian: gramian, termCount: 3, updateDots: [1, -1, 0], updateNorm: 2.0.squareRoot())
    let half = 0.5.squareRoot()
    #expect(conflict.pairCosines.count == 3)
    #expect(abs(conflict.pairCosines[0] - 0) < 1e-15)
    #expect(abs(conflict.pairCosines[1] - half) < 1e-15)
    #expect(abs(conflict.pairCosines[2] - half) < 1e-15)
    // The unit vectors' mean is ((1 + 1/√2)/3)·(1, 1): A = 2·2(1 + 1/√2)²/9 − 1 = (4√2 − 3)/9.
    #expect(abs(conflict.alignment - (4 * 2.0.squareRoot() - 3) / 9) < 1e-15)
    #expect(conflict.updateCosines.count == 3)
    #expect(abs(conflict.updateCosines[0] - half) < 1e-15)
    #expect(abs(conflict.updateCosines[1] + half) < 1e-15)
    #expect(abs(conflict.updateCosines[2]) < 1e-15)
  }

  @Test func alignmentIsOneForParallelAndMinusOneForOpposedGradients() {
    let parallel = GradientConflict(gramian: Self.gramian([[1, 2], [3, 6]]), termCount: 2)
    #expect(abs(parallel.alignment - 1) < 1e-14)
    #expect(abs(parallel.pairCosines[0] - 1) < 1e-14)
    #expect(parallel.updateCosines.isEmpty)
    let opposed = GradientConflict(gramian: Self.gramian([[1, 0], [-2, 0]]), termCount: 2)
    #expect(abs(opposed.alignment + 1) < 1e-14)
    #expect(abs(opposed.pairCosines[0] + 1) < 1e-14)
  }

  @Test func aZeroGradientHasCosineZeroAndNoShareOfTheAlignment() {
    // Unit vectors (1, 0) and nothing: ‖(1/2)·(1, 0)‖² = 1/4, A = 2/4 − 1.
    let conflict = GradientConflict(
      gramian: Self.gramian([[1, 0], [0, 0]]), termCount: 2, updateDots: [1, 0], updateNorm: 1)
    #expect(conflict.pairCosines == [0])
    #expect(conflict.alignment == -0.5)
    #expect(conflict.updateCosines == [1, 0])
  }

  @Test func aSmallRunLogsFiniteDiagnosticsOnLogSteps() throws {
    let out = RunTestSupport.temporaryDirectory("conflict")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try RunTests.run(SpecFixtures.smallPoissonYAML(steps: 30), out: out)
    let lines = RunTests.contents(out + "/metrics.csv").split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    let diagnostics = [
      "cos_residual_wall", "cos_residual_side", "cos_wall_side", "alignment",
      "update_cos_residual", "update_cos_wall", "update_cos_side",
    ]
    // Appended after every older column, in this order.
    #expect(Array(header.suffix(diagnostics.count)) == diagnostics)
    #expect(header.firstIndex(of: "max_error_u")! < header.firstIndex(of: "cos_residual_wall")!)
    let rows = lines.dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows.count == 7)
    for (index, row) in rows.enumerated() {
      let isFinal = index == rows.count - 1
      for name in diagnostics {
        let cell = row[header.firstIndex(of: name)!]
        if isFinal && name.hasPrefix("update_cos_") {
          #expect(cell.isEmpty, "the final row has no update: \(name) = '\(cell)'")
          continue
        }
        let value = try #require(Double(cell), "row \(index) \(name) = '\(cell)'")
        #expect(value.isFinite && value >= -1 - 1e-12 && value <= 1 + 1e-12, "\(name) = \(value)")
      }
    }
  }

  @Test func columnsAppearOnlyWithTwoOrMoreTermsAndStayBlankWhenNotMeasured() {
    let single = MetricsColumns(termNames: ["r"], evaluationNames: ["u"])
    #expect(!single.names.contains { $0.hasPrefix("cos_") || $0 == "alignment" })
    let pair = MetricsColumns(termNames: ["r", "b"])
    #expect(
      Array(pair.names.suffix(4)) == ["cos_r_b", "alignment", "update_cos_r", "update_cos_b"])
    let row = MetricsRow(
      step: 3, elapsedSeconds: 0, learningRate: 1, losses: [1, 2], weights: [1, 1])
    #expect(pair.line(for: row).hasSuffix(",,,,\n"))
  }
}
