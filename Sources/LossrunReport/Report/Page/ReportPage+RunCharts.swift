extension ReportPage {
  /// The sections of a one-run page.
  var runSections: String {
    guard let run = runs.first else { return "" }
    var html = "<p class=\"subtitle\">" + MarkupEscaping.text(subtitle(of: run)) + "</p>"
    html += Self.section("Summary", Self.summaryTables(run))
    let charts = Self.runCharts(run).map { Self.figure($0.markup) }.joined()
    html += Self.section(
      "Training", charts.isEmpty ? "" : "<div class=\"charts\">" + charts + "</div>")
    html += Self.section(
      "Fields",
      run.fields.map(Self.fieldRow).joined() + run.scatterFields.map(Self.scatterRow).joined()
        + Self.fieldNotesList(run.fieldNotes))
    return html
  }

  private func subtitle(of run: RunRecord) -> String {
    let rows = run.metrics.rows.count
    return "run \(run.name) · \(rows) logged step\(rows == 1 ? "" : "s")"
  }

  /// The charts of one run's metrics, in page order.
  static func runCharts(_ run: RunRecord) -> [LineChart] {
    let table = run.metrics
    let groups = MetricsColumnGroups(table)
    func series(_ columns: [String], labels: [String]) -> [ChartSeries] {
      zip(columns, labels).enumerated().map { index, pair in
        let points = table.series(y: pair.0)
        return ChartSeries(
          label: pair.1, identifier: pair.0, xs: points.xs, ys: points.ys,
          color: ChartPalette.color(index), isDashed: index >= ChartPalette.colors.count)
      }
    }
    func chart(
      _ id: String, _ title: String, _ yLabel: String, _ scale: AxisScale, _ columns: [String],
      labels: [String]? = nil
    ) -> LineChart {
      LineChart(
        title: title, xLabel: "step", yLabel: yLabel, yScale: scale,
        series: series(columns, labels: labels ?? columns), identifier: id)
    }
    var charts: [LineChart] = []
    let terms = groups.terms
    if !terms.isEmpty {
      charts.append(
        chart("losses", "Loss per term", "loss", .log10, terms.map { "loss_" + $0 }, labels: terms))
      charts.append(
        chart(
          "weights", "Weight per term", "weight", .log10, terms.map { "weight_" + $0 },
          labels: terms))
      for (prefix, title, yLabel) in MetricsColumnGroups.gradientStatistics {
        charts.append(
          chart(
            String(prefix.dropLast()), title, yLabel, .log10, terms.map { prefix + $0 },
            labels: terms))
      }
    }
    let evaluations = groups.evaluations
    if !evaluations.isEmpty {
      charts.append(
        chart(
          "rel_l2", "Relative L2 error", "relative L2", .log10,
          evaluations.map { "rel_l2_" + $0 }, labels: evaluations))
      charts.append(
        chart(
          "max_error", "Maximum error", "max |error|", .log10,
          evaluations.map { "max_error_" + $0 }, labels: evaluations))
    }
    let parameters = groups.parameters
    if !parameters.isEmpty {
      charts.append(
        chart(
          "parameters", "Learned parameters", "value", .linear,
          parameters.map { MetricsColumns.parameterPrefix + $0 }, labels: parameters))
    }
    if !groups.cosines.isEmpty {
      charts.append(
        chart(
          "cosines", "Cosine between term gradients", "cosine", .linear, groups.cosines,
          labels: groups.cosines.map { String($0.dropFirst(4)) }))
    }
    if groups.hasAlignment {
      charts.append(chart("alignment", "Gradient alignment", "alignment", .linear, ["alignment"]))
    }
    if !groups.updateCosines.isEmpty {
      charts.append(
        chart(
          "update_cosines", "Cosine between the update and each term's gradient", "cosine",
          .linear, groups.updateCosines,
          labels: groups.updateCosines.map { String($0.dropFirst("update_cos_".count)) }))
    }
    if groups.learningRateVaries {
      charts.append(chart("lr", "Learning rate", "learning rate", .log10, ["lr"]))
    }
    if !groups.others.isEmpty {
      charts.append(chart("others", "Other metrics", "value", .linear, groups.others))
    }
    return charts
  }
}
