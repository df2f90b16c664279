import Foundation
import Testing

@testable import LossrunReport

@Suite("Report pages")
struct ReportPageTests {
  @Test("a run's page is well-formed and each chart holds the expected series")
  func runPage() throws {
    let path = try ReportFixtures.runDirectory(withCosines: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try RunRecord(
      directory: path, fields: [ReportFixtures.field(), ReportFixtures.lineField()])
    let html = ReportPage(run: run).html
    try XMLCheck.parse(html)
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || !html.contains("src=\"http"))
    let charts = ReportPage.runCharts(run)
    #expect(
      charts.map(\.identifier) == [
        "losses", "weights", "grad_mean_abs", "grad_max_abs", "grad_norm", "rel_l2", "max_error",
        "cosines", "alignment", "update_cosines",
      ])
    for term in ReportFixtures.terms {
      for prefix in ["loss_", "weight_", "grad_mean_abs_", "grad_max_abs_", "grad_norm_"] {
        #expect(XMLCheck.count(of: "data-series=\"\(prefix + term)\"", in: html) == 1)
      }
    }
    #expect(XMLCheck.count(of: "data-series=\"rel_l2_u\"", in: html) == 1)
    #expect(XMLCheck.count(of: "data-series=\"max_error_u\"", in: html) == 1)
    #expect(XMLCheck.count(of: "data-series=\"cos_residual_dirichlet\"", in: html) == 1)
    #expect(XMLCheck.count(of: "data-series=\"update_cos_neumann\"", in: html) == 1)
    #expect(XMLCheck.elementCount("path", in: charts[0].markup) == 3)
    // Heat maps of u (prediction, exact, error) and the 1D plots of v.
    for id in ["field_u_prediction", "field_u_exact", "field_u_error", "field_v", "field_v_error"] {
      #expect(html.contains("data-chart=\"\(id)\""))
    }
    #expect(XMLCheck.count(of: "data-grid=\"41x41\"", in: html) == 3)
    #expect(html.contains("<td>lossrun_version</td><td>0.4.0-dev</td>"))
    #expect(html.contains("<td>status.state</td><td>finished</td>"))
    #expect(html.contains("<td>dirichlet</td><td class=\"number\">0.00042</td>"))
  }

  @Test("a comparison page overlays the runs and tabulates median and range")
  func comparisonPage() throws {
    var runs: [RunRecord] = []
    var paths: [String] = []
    defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
    for (index, rate) in [1.0, 2.0, 0.5].enumerated() {
      let path = try ReportFixtures.runDirectory(name: "seed-\(index)", rate: rate)
      paths.append(path)
      runs.append(try RunRecord(directory: path))
    }
    let page = ReportPage(comparing: runs)
    let html = page.html
    try XMLCheck.parse(html)
    #expect(page.title == "lossrun comparison: seed-0, seed-1, seed-2")
    let charts = ReportPage.comparisonCharts(runs)
    #expect(charts.count == 3 * 3 + 2)
    for chart in charts {
      #expect(chart.series.map(\.label) == ["seed-0", "seed-1", "seed-2"])
      #expect(XMLCheck.elementCount("path", in: chart.markup) == 3)
    }
    #expect(XMLCheck.count(of: "data-series=\"seed-1/loss_residual\"", in: html) == 1)
    // Final relative L2 at step 600: 0.5·exp(-rate·2).
    let finals = [1.0, 2.0, 0.5].map { 0.5 * exp(-$0 * 2) }
    #expect(ReportPage.median(finals) == finals[0])
    #expect(html.contains("<td>median</td>"))
    #expect(
      html.contains(
        DisplayNumber.format(finals[1]) + " \u{2013} " + DisplayNumber.format(finals[2])))
    #expect(ReportPage.median([4, 1, 3, 2]) == 2.5)
    #expect(ReportPage.median([]) == nil)
  }

  @Test("one run given to init(runs:) makes a run page")
  func runsInitializer() throws {
    let run = RunRecord(name: "a", metrics: MetricsTable(csv: ReportFixtures.metricsCSV(steps: 20)))
    #expect(!ReportPage(runs: [run]).isComparison)
    #expect(ReportPage(runs: [run, run]).isComparison)
    try XMLCheck.parse(ReportPage(runs: [run]).html)
  }

  @Test("learned parameters get a chart and a table of their initial and final values")
  func learnedParameters() throws {
    let csv =
      "step,elapsed,lr,loss_pde,weight_pde,param_kappa,param_c\n"
      + "0,0,0.01,1,1,0.5,2\n10,1,0.01,0.5,1,0.25,3\n20,2,0.01,0.25,1,0.125,4\n"
    let summary = SummaryValue.object([
      (
        "parameters",
        .object([("kappa", .object([("final", .number(0.1)), ("initial", .number(0.5))]))])
      )
    ])
    let run = RunRecord(name: "inverse", summary: summary, metrics: MetricsTable(csv: csv))
    #expect(MetricsColumnGroups(run.metrics).parameters == ["kappa", "c"])
    #expect(MetricsColumnGroups(run.metrics).others.isEmpty)
    let charts = ReportPage.runCharts(run)
    let chart = try #require(charts.first { $0.identifier == "parameters" })
    #expect(chart.series.map(\.identifier) == ["param_kappa", "param_c"])
    #expect(chart.series.map(\.label) == ["kappa", "c"])
    #expect(chart.series.first?.ys == [0.5, 0.25, 0.125])
    let html = ReportPage(run: run).html
    try XMLCheck.parse(html)
    #expect(html.contains("<th>parameter</th><th>initial</th><th>final</th>"))
    // The summary's values where it has them, else the column's first and last.
    #expect(
      html.contains(
        "<td>kappa</td><td class=\"number\">0.5</td><td class=\"number\">0.1</td>"))
    #expect(
      html.contains("<td>c</td><td class=\"number\">2</td><td class=\"number\">4</td>"))
    #expect(!html.contains("<td>parameters.kappa.final</td>"))
    let comparison = ReportPage.comparisonCharts([run, run]).map(\.identifier)
    #expect(comparison.contains("param_kappa") && comparison.contains("param_c"))
  }

  @Test("names with markup characters stay well-formed")
  func hostileNames() throws {
    let csv = "step,elapsed,lr,loss_<a&b>,rel_l2_\"u\"\n0,0,0.1,1,0.5\n10,1,0.1,0.5,\n"
    let run = RunRecord(name: "run <1> & 'x'", metrics: MetricsTable(csv: csv))
    try XMLCheck.parse(ReportPage(run: run).html)
    try XMLCheck.parse(ReportPage(comparing: [run, run]).html)
  }

  /// Writes a sample page when LOSSRUN_REPORT_SAMPLE names a run directory (e.g. one made by
  /// `swift run lossrun specs/poisson-mixed.yaml --steps 1500 --out /tmp/report-sample`), with
  /// a synthetic field for the heat maps, as `report.html` in that directory and a comparison
  /// with two synthetic runs as `comparison.html`. Render them with scripts/render-report.sh.
  @Test("sample page from a real run (only with LOSSRUN_REPORT_SAMPLE)")
  func samplePage() throws {
    guard let path = ProcessInfo.processInfo.environment["LOSSRUN_REPORT_SAMPLE"] else { return }
    let run = try RunRecord(
      directory: path, fields: [ReportFixtures.field(101), ReportFixtures.lineField()])
    let page = ReportPage(run: run)
    try XMLCheck.parse(page.html)
    try page.write(to: path + "/report.html")
    var others: [RunRecord] = [run]
    for (index, rate) in [1.0, 0.6].enumerated() {
      others.append(
        RunRecord(
          name: "synthetic-\(index)", summary: .object([("spec", .string("synthetic"))]),
          metrics: MetricsTable(csv: ReportFixtures.metricsCSV(steps: 1500, rate: rate))))
    }
    try ReportPage(comparing: others).write(to: path + "/comparison.html")
  }
}
