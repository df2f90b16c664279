extension ReportPage {
  /// One row of plots for a field.
  ///
  /// For 2D, heat maps of the prediction, the exact solution and the pointwise error; for 1D,
  /// line plots of prediction against exact and of the error. The prediction and the exact solution share one colour range so they compare.
  static func fieldRow(_ field: FieldGrid) -> String {
    var charts: [String] = []
    let id = "field_" + identifierComponent(field.name)
    if let yName = field.yName {
      let shared = sharedRange(field.prediction, field.exact ?? [])
      let missing = field.leavesCellsOut ? "outside the domain or not a number" : "not a number"
      charts.append(
        HeatMap(
          title: "\(field.name): prediction", xs: field.xs, ys: field.ys, values: field.prediction,
          range: shared, xLabel: field.xName, yLabel: yName, identifier: id + "_prediction",
          missingLabel: missing
        ).markup)
      if let exact = field.exact {
        charts.append(
          HeatMap(
            title: "\(field.name): exact", xs: field.xs, ys: field.ys, values: exact, range: shared,
            xLabel: field.xName, yLabel: yName, identifier: id + "_exact", missingLabel: missing
          ).markup)
      }
      if let error = field.error {
        charts.append(
          HeatMap(
            title: "\(field.name): prediction − exact", xs: field.xs, ys: field.ys, values: error,
            colorMap: .coolWarm, xLabel: field.xName, yLabel: yName, identifier: id + "_error",
            missingLabel: missing
          ).markup)
      }
    } else {
      charts.append(
        SeriesPlot(
          title: "\(field.name): prediction and exact", coordinateName: field.xName,
          valueName: field.name, xs: field.xs, prediction: field.prediction, exact: field.exact,
          identifier: id
        ).markup)
      if let error = field.error {
        charts.append(
          LineChart(
            title: "\(field.name): prediction − exact", xLabel: field.xName, yLabel: "error",
            series: [
              ChartSeries(
                label: "error", identifier: "error", xs: field.xs, ys: error,
                color: ChartPalette.color(3))
            ], identifier: id + "_error"
          ).markup)
      }
    }
    return "<h3>" + MarkupEscaping.text(field.name) + "</h3><div class=\"charts\">"
      + charts.map(figure).joined() + "</div>"
  }

  /// The scatter of a field's error at its points.
  static func scatterRow(_ field: ScatterField) -> String {
    let map = ScatterMap(
      title: "\(field.name): prediction − exact at the points", xs: field.xs, ys: field.ys,
      values: field.error, xLabel: field.xName, yLabel: field.yName,
      identifier: "scatter_" + identifierComponent(field.name) + "_error")
    return "<h3>" + MarkupEscaping.text(field.name) + "</h3><div class=\"charts\">"
      + figure(map.markup) + "</div>"
  }

  /// The range of the finite values of both arrays, or `nil` when there are none.
  static func sharedRange(_ a: [Double], _ b: [Double]) -> ClosedRange<Double>? {
    let finite = (a + b).filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return nil }
    return low...high
  }

  /// `name` with every character but ASCII letters, digits, `_` and `-` replaced by `_`, for
  /// `data-chart` identifiers (`u at t = 0.5` gives `u_at_t___0_5`).
  static func identifierComponent(_ name: String) -> String {
    String(
      name.unicodeScalars.map { scalar -> Character in
        let allowed =
          scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
            || scalar == "-")
        return allowed ? Character(scalar) : "_"
      })
  }

  /// Why fields are missing, as a quiet list, or nothing.
  static func fieldNotesList(_ notes: [String]) -> String {
    guard !notes.isEmpty else { return "" }
    return "<ul class=\"field-notes\">"
      + notes.map { "<li>" + MarkupEscaping.text($0) + "</li>" }.joined() + "</ul>"
  }
}
