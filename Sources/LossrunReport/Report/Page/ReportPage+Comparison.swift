extension ReportPage {
  /// The sections of a comparison page.
  var comparisonSections: String {
    let names = runs.map(\.name).joined(separator: ", ")
    var html =
      "<p class=\"subtitle\">" + MarkupEscaping.text("\(runs.count) runs: \(names)") + "</p>"
    html += Self.section("Final errors", Self.comparisonTable(runs) + Self.comparisonNotes(runs))
    let charts = Self.comparisonCharts(runs).map { Self.figure($0.markup) }.joined()
    html += Self.section(
      "Training", charts.isEmpty ? "" : "<div class=\"charts\">" + charts + "</div>")
    return html
  }

  /// The evaluation names of all runs, in first-seen order.
  static func evaluationNames(_ runs: [RunRecord]) -> [String] {
    var names: [String] = []
    for run in runs {
      for name in MetricsColumnGroups(run.metrics).evaluations where !names.contains(name) {
        names.append(name)
      }
    }
    return names
  }

  /// The table of final errors: one row per run, then the median and the range across runs.
  static func comparisonTable(_ runs: [RunRecord]) -> String {
    let evaluations = evaluationNames(runs)
    var columns: [(String, (RunRecord) -> Double?)] = [
      ("steps", { $0.summary["steps"]?.number ?? $0.metrics.lastValue(of: "step") }),
      ("seconds", { $0.summary["seconds"]?.number ?? $0.metrics.lastValue(of: "elapsed") }),
    ]
    if evaluations.isEmpty {
      columns.append(("relative L2", { $0.summary["relative_l2"]?.number }))
      columns.append(("max error", { $0.summary["max_error"]?.number }))
    }
    for evaluation in evaluations {
      columns.append(
        ("relative L2 \(evaluation)", { $0.metrics.lastValue(of: "rel_l2_" + evaluation) }))
      columns.append(
        ("max error \(evaluation)", { $0.metrics.lastValue(of: "max_error_" + evaluation) }))
    }
    let values = runs.map { run in columns.map { $0.1(run) } }
    let rows = zip(runs, values).map { run, cells in
      [HTMLTable.Cell(run.name)] + cells.map { .number($0) }
    }
    var footer: [[HTMLTable.Cell]] = []
    if runs.count > 1 {
      let perColumn = columns.indices.map { column in
        values.compactMap { $0[column] }.filter(\.isFinite)
      }
      footer.append([.init("median")] + perColumn.map { .number(median($0)) })
      footer.append(
        [.init("range")]
          + perColumn.map { finite in
            guard let low = finite.min(), let high = finite.max() else { return .number(nil) }
            return HTMLTable.Cell(
              DisplayNumber.format(low) + " \u{2013} " + DisplayNumber.format(high), isNumeric: true
            )
          })
    }
    return HTMLTable(
      header: ["run"] + columns.map(\.0), rows: rows, footer: footer, className: "comparison"
    ).markup
  }

  /// The median of `values` (the mean of the middle two for an even count), `nil` if empty.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  private static func comparisonNotes(_ runs: [RunRecord]) -> String {
    notesList(runs.flatMap { run in run.notes.map { run.name + ": " + $0 } })
  }

  /// One chart per term (loss, weight, gradient norm), per evaluation, per learned parameter and
  /// per cosine column, each with one line per run in the run's colour.
  static func comparisonCharts(_ runs: [RunRecord]) -> [LineChart] {
    var terms: [String] = []
    var cosines: [String] = []
    var parameters: [String] = []
    for run in runs {
      let groups = MetricsColumnGroups(run.metrics)
      for term in groups.terms where !terms.contains(term) { terms.append(term) }
      for name in groups.parameters where !parameters.contains(name) { parameters.append(name) }
      for column in groups.cosines where !cosines.contains(column) { cosines.append(column) }
    }
    func chart(_ column: String, _ title: String, _ yLabel: String, _ scale: AxisScale) -> LineChart
    {
      let series = runs.enumerated().map { index, run in
        let points = run.metrics.series(y: column)
        return ChartSeries(
          label: run.name, identifier: run.name + "/" + column, xs: points.xs, ys: points.ys,
          color: ChartPalette.color(index), isDashed: index >= ChartPalette.colors.count)
      }
      return LineChart(
        title: title, xLabel: "step", yLabel: yLabel, yScale: scale, series: series,
        identifier: column)
    }
    var charts: [LineChart] = []
    for term in terms { charts.append(chart("loss_" + term, "Loss: \(term)", "loss", .log10)) }
    for term in terms {
      charts.append(chart("weight_" + term, "Weight: \(term)", "weight", .log10))
    }
    for term in terms {
      charts.append(chart("grad_norm_" + term, "Gradient norm ‖g‖: \(term)", "‖g‖", .log10))
    }
    for evaluation in evaluationNames(runs) {
      charts.append(
        chart("rel_l2_" + evaluation, "Relative L2 error: \(evaluation)", "relative L2", .log10))
      charts.append(
        chart("max_error_" + evaluation, "Maximum error: \(evaluation)", "max |error|", .log10))
    }
    for name in parameters {
      charts.append(
        chart(MetricsColumns.parameterPrefix + name, "Learned parameter: \(name)", name, .linear))
    }
    for column in cosines {
      charts.append(chart(column, "Cosine: \(column.dropFirst(4))", "cosine", .linear))
    }
    return charts
  }
}
