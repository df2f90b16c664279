/// One named line of a ``LineChart``: points in data coordinates and how to draw them.
///
/// A NaN or infinite y (or a value that is not positive on a log axis) breaks the line; rows
/// where a value was not recorded at all should be left out by the caller, so that sparse
/// series (an evaluation every 1000 steps) are still drawn as connected lines.
public struct ChartSeries: Sendable {
  /// The label in the legend.
  public var label: String
  /// A stable identifier written as `data-series` on the series' `<path>`.
  ///
  /// Usually the metrics column, so tests and tools can find the series.
  public var identifier: String
  /// The x values.
  public var xs: [Double]
  /// The y values, as many as ``xs``.
  public var ys: [Double]
  /// The stroke colour (CSS).
  public var color: String
  /// Whether the line is dashed (a reference solution, or a series past the palette's ten).
  public var isDashed: Bool

  /// Creates a series.
  public init(
    label: String, identifier: String? = nil, xs: [Double], ys: [Double], color: String,
    isDashed: Bool = false
  ) {
    self.label = label
    self.identifier = identifier ?? label
    self.xs = xs
    self.ys = ys
    self.color = color
    self.isDashed = isDashed
  }

  /// The (x, y) pairs, as many as the shorter of ``xs`` and ``ys``.
  var points: Zip2Sequence<[Double], [Double]> { zip(xs, ys) }
}
