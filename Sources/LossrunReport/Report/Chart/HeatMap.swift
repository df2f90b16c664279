/// A heat map of values on a rectangular grid, with axes and a colour bar.
///
/// The cells are one embedded PNG (see ``PNGImage`` for why), stretched over exactly
/// `xs.first...xs.last` by `ys.first...ys.last` with crisp pixels, so each cell is drawn
/// around its grid point (off by at most half a cell at the edges; the grid is assumed evenly
/// spaced). Cells that are not finite are a neutral grey (``RGBColor/missing``), and the chart
/// says so below the plot. Diverging maps are drawn over a range symmetric about zero.
public struct HeatMap: Sendable {
  /// The title.
  public var title: String
  /// The x coordinates of the grid's columns, increasing.
  public var xs: [Double]
  /// The y coordinates of the grid's rows, increasing.
  public var ys: [Double]
  /// The values, row by row from the lowest y: the value at (`xs[i]`, `ys[j]`) is
  /// `values[j * xs.count + i]`.
  public var values: [Double]
  /// The colour map.
  public var colorMap: ColorMap
  /// The value range of the colours; `nil` for the finite values' range.
  public var range: ClosedRange<Double>?
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
  /// What the legend calls the cells without a finite value.
  public var missingLabel: String

  /// Creates a heat map.
  public init(
    title: String, xs: [Double], ys: [Double], values: [Double], colorMap: ColorMap = .viridis,
    range: ClosedRange<Double>? = nil, xLabel: String, yLabel: String, width: Double = 372,
    height: Double = 330, identifier: String = "", missingLabel: String = "not a number"
  ) {
    self.title = title
    self.xs = xs
    self.ys = ys
    self.values = values
    self.colorMap = colorMap
    self.range = range
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.width = width
    self.height = height
    self.identifier = identifier
    self.missingLabel = missingLabel
  }

  /// The colour range: ``range``, or the finite values' extent (symmetric about zero for a
  /// diverging map), widened when it is a single value.
  public var colorAxis: Axis {
    if let range { return Axis(linearFrom: range.lowerBound, to: range.upperBound) }
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return Axis(linearFrom: 0, to: 1) }
    if colorMap.isDiverging {
      let extent = max(abs(low), abs(high))
      return Axis(linearFrom: -extent, to: extent)
    }
    return Axis(linearFrom: low, to: high)
  }

  /// The cells as an image, top row (largest y) first.
  public var image: PNGImage {
    let columns = xs.count
    let rows = ys.count
    let axis = colorAxis
    var pixels: [RGBColor] = []
    pixels.reserveCapacity(columns * rows)
    for row in stride(from: rows - 1, through: 0, by: -1) {
      for column in 0..<columns {
        let index = row * columns + column
        let value = index < values.count ? values[index] : .nan
        pixels.append(
          value.isFinite ? colorMap.color(at: axis.fraction(of: value) ?? .nan) : .missing)
      }
    }
    return PNGImage(width: columns, height: rows, pixels: pixels)
  }

  /// The chart as an SVG document.
  public var svg: SVGDocument {
    let xAxis = Axis(linearFrom: xs.first ?? 0, to: xs.last ?? 1, tickCount: 5)
    let yAxis = Axis(linearFrom: ys.first ?? 0, to: ys.last ?? 1, tickCount: 5)
    var frame = ChartFrame(
      width: width, height: height, title: title, xAxis: xAxis, yAxis: yAxis, xLabel: xLabel,
      yLabel: yLabel, rightMargin: ColorBar.width)
    let hasMissing = values.contains { !$0.isFinite } || values.count < xs.count * ys.count
    if hasMissing { frame.height -= 14 }
    Self.matchAspect(of: &frame, xAxis.upper - xAxis.lower, yAxis.upper - yAxis.lower)
    let height = frame.height + (hasMissing ? 14 : 0)
    var svg = SVGDocument(
      width: frame.width, height: height,
      attributes: [("font-family", "sans-serif"), ("data-chart", identifier)])
    frame.drawBackground(into: &svg)
    let n = SVGDocument.number
    if !xs.isEmpty && !ys.isEmpty {
      svg.element(
        "image",
        [
          ("x", n(frame.plotLeft)), ("y", n(frame.plotTop)),
          ("width", n(frame.plotRight - frame.plotLeft)),
          ("height", n(frame.plotBottom - frame.plotTop)), ("preserveAspectRatio", "none"),
          ("style", "image-rendering:pixelated"), ("data-grid", "\(xs.count)x\(ys.count)"),
          ("href", image.dataURI),
        ])
    }
    frame.drawBorder(into: &svg)
    ColorBar(colorMap: colorMap, axis: colorAxis).draw(
      into: &svg, x: frame.plotRight + 14, top: frame.plotTop, bottom: frame.plotBottom)
    if hasMissing {
      svg.element(
        "rect",
        [
          ("x", n(frame.plotLeft)), ("y", n(height - 14)), ("width", "10"),
          ("height", "10"), ("fill", RGBColor.missing.hex),
        ])
      svg.element(
        "text", [("x", n(frame.plotLeft + 14)), ("y", n(height - 5)), ("font-size", "11")],
        text: missingLabel)
    }
    return svg
  }

  /// Shrinks the image so that the plot area has the data's aspect ratio (one unit of x as
  /// long as one unit of y) when that ratio is between 1:4 and 4:1.
  private static func matchAspect(of frame: inout ChartFrame, _ xExtent: Double, _ yExtent: Double)
  {
    let ratio = xExtent / yExtent
    guard ratio.isFinite, ratio >= 0.25, ratio <= 4 else { return }
    let plotWidth = frame.plotRight - frame.plotLeft
    let plotHeight = frame.plotBottom - frame.plotTop
    if plotWidth > ratio * plotHeight {
      frame.width -= plotWidth - ratio * plotHeight
    } else {
      frame.height -= plotHeight - plotWidth / ratio
    }
  }

  /// The `<svg>` markup.
  public var markup: String { svg.markup }
}
