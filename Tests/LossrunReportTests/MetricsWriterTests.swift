import Foundation
import Testing

@testable import LossrunReport

@Suite struct MetricsWriterTests {
  private let columns = MetricsColumns(termNames: ["residual", "bc"], evaluationNames: ["u"])

  private func row(_ step: Int, elapsed: Double, evaluated: Bool) -> MetricsRow {
    MetricsRow(
      step: step, elapsedSeconds: elapsed, learningRate: 1e-3 * pow(0.9, Double(step) / 1000),
      losses: [1.0 / Double(step + 1), 0.25], weights: [1, 12.5],
      meanAbsGradient: [0.1, 0.2], maxAbsGradient: [1, 2], gradientNorm: [3, 4],
      relativeL2: evaluated ? [0.0061] : nil, maxError: evaluated ? [.nan] : nil)
  }

  @Test func headerAndRowsAreDeterministicText() {
    #expect(
      columns.header
        == "step,elapsed,lr,loss_residual,weight_residual,grad_mean_abs_residual,"
        + "grad_max_abs_residual,grad_norm_residual,loss_bc,weight_bc,grad_mean_abs_bc,"
        + "grad_max_abs_bc,grad_norm_bc,rel_l2_u,max_error_u,"
        + "cos_residual_bc,alignment,update_cos_residual,update_cos_bc\n")
    #expect(
      columns.line(for: row(0, elapsed: 0.5, evaluated: false))
        == "0,0.5,0.001,1.0,1.0,0.1,1.0,3.0,0.25,12.5,0.2,2.0,4.0,,,,,,\n")
    #expect(
      columns.line(for: row(1, elapsed: 1, evaluated: true)).hasSuffix(",0.0061,nan,,,,\n"))
    var measured = row(2, elapsed: 1, evaluated: false)
    measured.pairCosines = [0.5]
    measured.alignment = -0.25
    measured.updateCosines = [1, -1]
    #expect(columns.line(for: measured).hasSuffix(",4.0,,,0.5,-0.25,1.0,-1.0\n"))
    #expect(MetricsNumber.format(1e-5) == "1e-05" && MetricsNumber.format(-.infinity) == "-inf")
    #expect(MetricsColumns.field("a,\"b\"") == "\"a,\"\"b\"\"\"")
  }

  @Test func learnedParameterColumnsComeLastAfterThePointWeightColumns() {
    let columns = MetricsColumns(
      termNames: ["pde"], pointWeightNames: ["rba_mean_pde"], parameterNames: ["kappa", "c"])
    #expect(Array(columns.names.suffix(3)) == ["rba_mean_pde", "param_kappa", "param_c"])
    var row = MetricsRow(step: 4, elapsedSeconds: 0, learningRate: 1, losses: [2], weights: [1])
    row.pointWeightValues = [0.5]
    row.parameterValues = [0.125, -3]
    #expect(columns.line(for: row).hasSuffix(",0.5,0.125,-3.0\n"))
    row.parameterValues = []
    #expect(columns.line(for: row).hasSuffix(",0.5,,\n"))
  }

  @Test func writerPublishesAtomicallyAndIdenticalRunsMatchExceptElapsed() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var outputs: [String] = []
    for run in 0..<2 {
      let path = directory + "/metrics-\(run).csv"
      let writer = try MetricsWriter(path: path, columns: columns)
      for step in 0..<3000 {
        try writer.append(
          row(step, elapsed: Double(step) * 0.01 + Double(run), evaluated: step % 500 == 0))
      }
      #expect(!FileManager.default.fileExists(atPath: path))
      #expect(FileManager.default.fileExists(atPath: writer.partialPath))
      try writer.finish()
      #expect(!FileManager.default.fileExists(atPath: writer.partialPath))
      #expect(throws: ReportError.self) { try writer.append(row(0, elapsed: 0, evaluated: false)) }
      outputs.append(try contents(of: path))
    }
    let lines = outputs.map { $0.split(separator: "\n") }
    #expect(lines[0].count == 3001 && lines[1].count == 3001)
    #expect(outputs[0] != outputs[1])
    // Dropping the elapsed column makes the two runs byte-identical.
    let withoutElapsed = lines.map { rows in
      rows.map {
        $0.split(separator: ",", omittingEmptySubsequences: false).enumerated()
          .filter { $0.offset != 1 }.map(\.element).joined(separator: ",")
      }
    }
    #expect(withoutElapsed[0] == withoutElapsed[1])
  }

  @Test func finishingReplacesAnOlderFile() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/metrics.csv"
    try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
    let writer = try MetricsWriter(path: path, columns: columns)
    try writer.append(row(0, elapsed: 0, evaluated: false))
    #expect(try contents(of: path) == "old\n")
    try writer.finish()
    #expect(try contents(of: path).hasPrefix("step,"))
  }
}
