import Foundation
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The outputs a person looks at: `evaluation.csv` and `report.html` at the end of a run.
@Suite struct RunReportOutputTests {
  /// The cells of a CSV file without quoting, as numbers, below its header.
  static func table(_ path: String) -> (header: [String], rows: [[Double]]) {
    let lines = RunTests.contents(path).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    guard let header = lines.first else { return ([], []) }
    return (header, lines.dropFirst().map { $0.map { Double($0) ?? .nan } })
  }

  @Test(arguments: ["float64", "float32"])
  func evaluationFileAgreesWithTheSummary(precision: String) throws {
    let out = RunTestSupport.temporaryDirectory("evaluation-\(precision)")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try RunTests.run(
      SpecFixtures.smallPoissonYAML(steps: 12, precision: precision), out: out)
    #expect(result.reportError == nil)
    let (header, rows) = Self.table(out + "/evaluation.csv")
    #expect(header == ["x", "y", "u", "u_exact", "u_error"])
    #expect(rows.count == 11 * 11)
    #expect(rows.allSatisfy { $0.count == 5 })
    // The grid: last input fastest, end points included.
    #expect(rows.first.map { Array($0[0..<2]) } == [0, 0])
    #expect(rows[1][0] == 0 && abs(rows[1][1] - 0.1) < 1e-15)
    #expect(rows.last.map { Array($0[0..<2]) } == [1, 1])
    var squaredError = 0.0
    var squaredExact = 0.0
    var largest = 0.0
    for row in rows {
      let (x, y, predicted, exact, error) = (row[0], row[1], row[2], row[3], row[4])
      #expect(error == predicted - exact)
      #expect(abs(exact - sin(Double.pi * x) * y) < 1e-12)
      squaredError += error * error
      squaredExact += exact * exact
      largest = max(largest, abs(error))
    }
    let errors = try #require(result.summary.outputErrors.first)
    #expect(errors.output == "u")
    #expect((squaredError / squaredExact).squareRoot() == errors.relativeL2)
    #expect(largest == errors.maxError)
  }

  @Test func reportOfATrainedSpecIsWellFormedAndHasItsSeriesAndMaps() throws {
    let out = RunTestSupport.temporaryDirectory("report")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try RunTests.run(SpecFixtures.smallPoissonYAML(steps: 12), out: out)
    let html = RunTests.contents(out + "/report.html")
    let parser = XMLParser(data: Data(html.utf8))
    #expect(
      parser.parse(), "report.html is not well-formed: \(String(describing: parser.parserError))")
    #expect(html.contains("<title>lossrun report: small</title>"))
    for term in ["residual", "wall", "side"] {
      for prefix in ["loss_", "weight_", "grad_mean_abs_", "grad_max_abs_", "grad_norm_"] {
        #expect(html.contains("data-series=\"\(prefix + term)\""), "\(prefix + term) missing")
      }
    }
    for column in ["rel_l2_u", "max_error_u"] {
      #expect(html.contains("data-series=\"\(column)\""))
    }
    for chart in ["field_u_prediction", "field_u_exact", "field_u_error"] {
      #expect(html.contains("data-chart=\"\(chart)\""), "\(chart) missing")
    }
    #expect(html.components(separatedBy: "data-grid=\"11x11\"").count - 1 == 3)
  }

  @Test func runWithoutEvaluationWritesAReportWithoutFields() throws {
    let out = RunTestSupport.temporaryDirectory("report-no-evaluation")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let text = SpecFixtures.smallPoissonYAML(steps: 6).patched(
      replacing: "evaluate: { exact: exact, grid: [11, 11], every: 10 }", with: "")
    let result = try RunTests.run(text, out: out)
    #expect(result.reportError == nil)
    #expect(!FileManager.default.fileExists(atPath: out + "/evaluation.csv"))
    let html = RunTests.contents(out + "/report.html")
    #expect(html.contains("data-series=\"loss_residual\""))
    #expect(!html.contains("data-chart=\"field_"))
    #expect(html.contains("no evaluation.csv: the spec has no `evaluate:` section"))
  }

  @Test func aReportThatCannotBeWrittenIsReturnedAndLosesNothingElse() throws {
    let out = RunTestSupport.temporaryDirectory("report-unwritable")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try RunTests.run(SpecFixtures.smallPoissonYAML(steps: 6), out: out)
    let directory = RunDirectory(path: out)
    try FileManager.default.removeItem(atPath: directory.reportPath)
    // A directory where the report goes: the rename into place fails.
    try FileManager.default.createDirectory(
      atPath: directory.reportPath + "/blocked", withIntermediateDirectories: true)
    let metrics = RunTests.contents(directory.metricsPath)
    let problem = try #require(RunReportWriter.write(directory: directory, evaluation: nil))
    #expect(problem.message.contains("cannot write the report"))
    #expect(problem.message.contains("report.html"))
    #expect(RunTests.contents(directory.metricsPath) == metrics)
    #expect(FileManager.default.fileExists(atPath: directory.summaryPath))
  }
}
