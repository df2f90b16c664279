/// Values at scattered points in a plane, each point a dot coloured by its value, with axes
/// and a colour bar: the report's picture of the error at reference points that are not on a
/// grid.
///
/// At most ``maximumPoints`` dots are drawn (every k-th point beyond that, so the page stays
/// small); points whose value is not finite are grey.
public struct ScatterMap: Sendable {
  /// The title.
  public var title: String
  /// The points' first coordinates.
  public var xs: [Double]
  /// The points' second coordinates.
  public var ys: [Double]
  /// The value at each point.
  public var values: [Double]
  /// The colour map (diverging maps are drawn over a range symmetric about zero).
  public var colorMap: ColorMap
  /// The x axis' label.
  public var xLabel: String
  /// The y axis' label.
  public var yLabel: String
  /// The image width.
  public var width: Double
  /// The image height.
  public var height: Double
  /// A stable identifier written as `data-chart` on the `<svg>`.
  public var identifier: String

  /// The most dots drawn.
  public static let maximumPoints = 4000

  /// Creates a scatter map.
  public init(
    title: String, xs: [Double], ys: [Double], values: [Double], colorMap: ColorMap = .coolWarm,
    xLabel: String, yLabel: String, width: Double = 372, height: Double = 330,
    identifier: String = ""
  ) {
    self.title = title
    self.xs = xs
    self.ys = ys
    self.values = values
    self.colorMap = colorMap
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.width = width
    self.height = height
    self.identifier = identifier
  }

  /// The indices of the points drawn.
  public var drawnIndices: [Int] {
    let count = min(xs.count, ys.count, values.count)
    let stride = max(1, (count + Self.maximumPoints - 1) / Self.maximumPoints)
    return Array(Swift.stride(from: 0, to: count, by: stride))
  }

  /// The chart as an SVG document.
  public var svg: SVGDocument {
    let colors = HeatMap(
      title: title, xs: [], ys: [], values: values, colorMap: colorMap, xLabel: xLabel,
      yLabel: yLabel)
    let axis = colors.colorAxis
    let frame = ChartFrame(
      width: width, height: height, title: title,
      xAxis: Axis(covering: xs, scale: .linear), yAxis: Axis(covering: ys, scale: .linear),
      xLabel: xLabel, yLabel: yLabel, rightMargin: ColorBar.width)
    var svg = SVGDocument(
      width: width, height: height,
      attributes: [("font-family", "sans-serif"), ("data-chart", identifier)])
    frame.drawBackground(into: &svg)
    let n = SVGDocument.number
    let drawn = drawnIndices
    svg.open("g", [("data-points", "\(drawn.count)")])
    for index in drawn {
      guard let x = frame.pixelX(xs[index]), let y = frame.pixelY(ys[index]) else { continue }
      let value = values[index]
      let color =
        value.isFinite ? colorMap.color(at: axis.fraction(of: value) ?? .nan) : .missing
      svg.element("circle", [("cx", n(x)), ("cy", n(y)), ("r", "3"), ("fill", color.hex)])
    }
    svg.close()
    frame.drawBorder(into: &svg)
    ColorBar(colorMap: colorMap, axis: axis).draw(
      into: &svg, x: frame.plotRight + 14, top: frame.plotTop, bottom: frame.plotBottom)
    return svg
  }

  /// The `<svg>` markup.
  public var markup: String { svg.markup }
}
