/// A line chart of several named series over a shared x axis, with a linear or log y axis, a
/// title, axis labels and a legend.
///
/// Each series is one `<path data-series="...">`. Lines break at values that cannot be drawn
/// (NaN, infinities, and zeros or negatives on a log axis). A point with no drawable neighbour,
/// and every point of a series with few points, also gets a marker, so a single evaluation is
/// visible. Long series are thinned per pixel column to the first, lowest, highest and last
/// point of the column, which draws the same picture with at most four points per pixel.
public struct LineChart: Sendable {
  /// The title.
  public var title: String
  /// The x axis' label.
  public var xLabel: String
  /// The y axis' label.
  public var yLabel: String
  /// The y axis' scale.
  public var yScale: AxisScale
  /// The series, drawn in order.
  public var series: [ChartSeries]
  /// The image width.
  public var width: Double
  /// The image height.
  public var height: Double
  /// A stable identifier written as `data-chart` on the `<svg>`.
  public var identifier: String

  /// Series with at most this many points get a marker on every point.
  static let markerThreshold = 40

  /// Creates a chart.
  public init(
    title: String, xLabel: String, yLabel: String, yScale: AxisScale = .linear,
    series: [ChartSeries], width: Double = 560, height: Double = 300, identifier: String = ""
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.yScale = yScale
    self.series = series
    self.width = width
    self.height = height
    self.identifier = identifier
  }

  /// The chart as an SVG document.
  public var svg: SVGDocument {
    let legend = ChartLegend(
      entries: series.map {
        ChartLegend.Entry(
          label: hasDrawablePoint($0) ? $0.label : $0.label + " (no data)", color: $0.color,
          isDashed: $0.isDashed)
      })
    let frame = ChartFrame(
      width: width, height: height, title: title,
      xAxis: Axis(covering: series.flatMap(drawableXs), scale: .linear),
      yAxis: Axis(covering: series.flatMap(\.ys), scale: yScale), xLabel: xLabel, yLabel: yLabel,
      rightMargin: legend.width)
    var svg = SVGDocument(
      width: width, height: height,
      attributes: [("font-family", "sans-serif"), ("data-chart", identifier)])
    frame.drawBackground(into: &svg)
    for item in series { draw(item, in: frame, into: &svg) }
    if !series.contains(where: hasDrawablePoint) {
      svg.element(
        "text",
        [
          ("x", SVGDocument.number((frame.plotLeft + frame.plotRight) / 2)),
          ("y", SVGDocument.number((frame.plotTop + frame.plotBottom) / 2)),
          ("text-anchor", "middle"), ("font-size", "12"), ("fill", "#777777"),
        ],
        text: "no data")
    }
    frame.drawBorder(into: &svg)
    legend.draw(into: &svg, x: frame.plotRight + 12, y: frame.plotTop)
    return svg
  }

  /// The `<svg>` markup.
  public var markup: String { svg.markup }

  private func drawable(_ y: Double) -> Bool { y.isFinite && (yScale == .linear || y > 0) }

  private func hasDrawablePoint(_ series: ChartSeries) -> Bool {
    series.points.contains { $0.0.isFinite && drawable($0.1) }
  }

  private func drawableXs(_ series: ChartSeries) -> [Double] {
    series.points.filter { drawable($0.1) }.map(\.0)
  }

  private func draw(_ series: ChartSeries, in frame: ChartFrame, into svg: inout SVGDocument) {
    var segments: [[(Double, Double)]] = [[]]
    for (x, y) in series.points {
      if let px = frame.pixelX(x), drawable(y), let py = frame.pixelY(y) {
        segments[segments.count - 1].append((px, py))
      } else if !(segments.last?.isEmpty ?? true) {
        segments.append([])
      }
    }
    segments.removeAll { $0.isEmpty }
    let n = SVGDocument.number
    var path = ""
    for segment in segments where segment.count > 1 {
      for (index, point) in Self.thinned(segment).enumerated() {
        path += (index == 0 ? "M" : "L") + n(point.0) + " " + n(point.1)
      }
    }
    var attributes = [
      ("d", path), ("fill", "none"), ("stroke", series.color), ("stroke-width", "1.6"),
      ("stroke-linejoin", "round"), ("data-series", series.identifier),
    ]
    if series.isDashed { attributes.append(("stroke-dasharray", "5 3")) }
    svg.element("path", attributes)
    let pointCount = segments.reduce(0) { $0 + $1.count }
    let markAll = pointCount <= Self.markerThreshold
    for segment in segments where markAll || segment.count == 1 {
      for point in segment {
        svg.element(
          "circle",
          [
            ("cx", n(point.0)), ("cy", n(point.1)), ("r", "2.5"),
            ("fill", series.color),
          ])
      }
    }
  }

  /// The points of `segment` reduced to the first, lowest, highest and last of each pixel
  /// column, in their original order.
  static func thinned(_ segment: [(Double, Double)]) -> [(Double, Double)] {
    guard segment.count > 4 else { return segment }
    var result: [(Double, Double)] = []
    var start = 0
    while start < segment.count {
      let column = segment[start].0.rounded(.down)
      var end = start + 1
      while end < segment.count && segment[end].0.rounded(.down) == column { end += 1 }
      var keep: Set<Int> = [start, end - 1]
      var lowest = start
      var highest = start
      for index in start..<end {
        if segment[index].1 < segment[lowest].1 { lowest = index }
        if segment[index].1 > segment[highest].1 { highest = index }
      }
      keep.insert(lowest)
      keep.insert(highest)
      for index in keep.sorted() { result.append(segment[index]) }
      start = end
    }
    return result
  }
}
