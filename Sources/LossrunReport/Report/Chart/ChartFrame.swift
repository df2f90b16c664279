/// The frame every chart shares: title, plot area, grid lines, ticks, tick labels and axis
/// labels, and the map from data to pixel coordinates.
public struct ChartFrame: Sendable {
  /// The image width.
  public var width: Double
  /// The image height.
  public var height: Double
  /// The title above the plot.
  public var title: String
  /// The horizontal axis.
  public var xAxis: Axis
  /// The vertical axis.
  public var yAxis: Axis
  /// The horizontal axis' label.
  public var xLabel: String
  /// The vertical axis' label.
  public var yLabel: String
  /// Space reserved right of the plot (for a legend or a colour bar).
  public var rightMargin: Double

  /// The left edge of the plot area.
  public var plotLeft: Double { 66 }
  /// The top edge of the plot area.
  public var plotTop: Double { title.isEmpty ? 12 : 30 }
  /// The right edge of the plot area.
  public var plotRight: Double { max(plotLeft + 20, width - rightMargin - 12) }
  /// The bottom edge of the plot area.
  public var plotBottom: Double { max(plotTop + 20, height - 44) }

  /// Creates a frame.
  public init(
    width: Double, height: Double, title: String, xAxis: Axis, yAxis: Axis, xLabel: String,
    yLabel: String, rightMargin: Double = 0
  ) {
    self.width = width
    self.height = height
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.rightMargin = rightMargin
  }

  /// The pixel x of data value `x`, or `nil` when it cannot be drawn.
  public func pixelX(_ x: Double) -> Double? {
    xAxis.position(of: x, from: plotLeft, to: plotRight)
  }

  /// The pixel y of data value `y`, or `nil` when it cannot be drawn.
  public func pixelY(_ y: Double) -> Double? {
    yAxis.position(of: y, from: plotBottom, to: plotTop)
  }

  /// Draws the background, grid, ticks and labels (everything but the data).
  public func drawBackground(into svg: inout SVGDocument) {
    let n = SVGDocument.number
    svg.element("rect", [("width", n(width)), ("height", n(height)), ("fill", "#ffffff")])
    if !title.isEmpty {
      svg.element(
        "text",
        [
          ("x", n((plotLeft + plotRight) / 2)), ("y", "18"), ("text-anchor", "middle"),
          ("font-size", "13"), ("font-weight", "600"),
        ], text: title)
    }
    svg.open("g", [("class", "grid")])
    for tick in xAxis.ticks {
      guard let x = pixelX(tick.value) else { continue }
      let length = tick.isMajor ? 5.0 : 3.0
      if tick.isMajor {
        svg.element(
          "line",
          [
            ("x1", n(x)), ("x2", n(x)), ("y1", n(plotTop)), ("y2", n(plotBottom)),
            ("stroke", "#e6e6e6"),
          ])
      }
      svg.element(
        "line",
        [
          ("x1", n(x)), ("x2", n(x)), ("y1", n(plotBottom)), ("y2", n(plotBottom + length)),
          ("stroke", "#444444"),
        ])
      if !tick.label.isEmpty {
        svg.element(
          "text",
          [
            ("x", n(x)), ("y", n(plotBottom + 17)), ("text-anchor", "middle"),
            ("font-size", "11"), ("fill", "#333333"),
          ], text: tick.label)
      }
    }
    for tick in yAxis.ticks {
      guard let y = pixelY(tick.value) else { continue }
      let length = tick.isMajor ? 5.0 : 3.0
      if tick.isMajor {
        svg.element(
          "line",
          [
            ("x1", n(plotLeft)), ("x2", n(plotRight)), ("y1", n(y)), ("y2", n(y)),
            ("stroke", "#e6e6e6"),
          ])
      }
      svg.element(
        "line",
        [
          ("x1", n(plotLeft - length)), ("x2", n(plotLeft)), ("y1", n(y)), ("y2", n(y)),
          ("stroke", "#444444"),
        ])
      if !tick.label.isEmpty {
        svg.element(
          "text",
          [
            ("x", n(plotLeft - 8)), ("y", n(y + 4)), ("text-anchor", "end"),
            ("font-size", "11"), ("fill", "#333333"),
          ], text: tick.label)
      }
    }
    svg.close()
    if !xLabel.isEmpty {
      svg.element(
        "text",
        [
          ("x", n((plotLeft + plotRight) / 2)), ("y", n(height - 8)),
          ("text-anchor", "middle"), ("font-size", "12"),
        ], text: xLabel)
    }
    if !yLabel.isEmpty {
      let middle = (plotTop + plotBottom) / 2
      svg.element(
        "text",
        [
          ("x", "14"), ("y", n(middle)), ("text-anchor", "middle"),
          ("transform", "rotate(-90 14 \(n(middle)))"), ("font-size", "12"),
        ],
        text: yLabel)
    }
  }

  /// Draws the plot area's border (after the data, so lines do not cover it).
  public func drawBorder(into svg: inout SVGDocument) {
    let n = SVGDocument.number
    svg.element(
      "rect",
      [
        ("x", n(plotLeft)), ("y", n(plotTop)), ("width", n(plotRight - plotLeft)),
        ("height", n(plotBottom - plotTop)), ("fill", "none"), ("stroke", "#444444"),
      ])
  }
}
