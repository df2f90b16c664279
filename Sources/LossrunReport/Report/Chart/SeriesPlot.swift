/// A line plot of a 1D field: the prediction as a solid line and, when known, the exact or
/// reference solution dashed, over the field's coordinate.
public struct SeriesPlot: Sendable {
  /// The title.
  public var title: String
  /// The coordinate's name (the x axis' label).
  public var coordinateName: String
  /// The output's name (the y axis' label).
  public var valueName: String
  /// The coordinates, increasing.
  public var xs: [Double]
  /// The predicted values at ``xs``.
  public var prediction: [Double]
  /// The exact values at ``xs``, if known.
  public var exact: [Double]?
  /// A stable identifier written as `data-chart` on the `<svg>`.
  public var identifier: String

  /// Creates a plot.
  public init(
    title: String, coordinateName: String, valueName: String, xs: [Double],
    prediction: [Double], exact: [Double]? = nil, identifier: String = ""
  ) {
    self.title = title
    self.coordinateName = coordinateName
    self.valueName = valueName
    self.xs = xs
    self.prediction = prediction
    self.exact = exact
    self.identifier = identifier
  }

  /// The plot as a line chart.
  public var chart: LineChart {
    var series = [
      ChartSeries(
        label: "prediction", identifier: "prediction", xs: xs, ys: prediction,
        color: ChartPalette.color(0))
    ]
    if let exact {
      series.append(
        ChartSeries(
          label: "exact", identifier: "exact", xs: xs, ys: exact, color: "#222222",
          isDashed: true))
    }
    return LineChart(
      title: title, xLabel: coordinateName, yLabel: valueName, series: series,
      identifier: identifier)
  }

  /// The `<svg>` markup.
  public var markup: String { chart.markup }
}
