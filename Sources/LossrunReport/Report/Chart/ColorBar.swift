/// A vertical colour bar: the colour map as a strip, low values at the bottom, with ticks and
/// labels of the values on its right.
public struct ColorBar: Sendable {
  /// The colour map.
  public var colorMap: ColorMap
  /// The values at the bottom and top of the strip (a linear axis over exactly that range).
  public var axis: Axis

  /// The width the bar and its labels need.
  public static let width: Double = 86

  /// Creates a colour bar over `axis`' domain.
  public init(colorMap: ColorMap, axis: Axis) {
    self.colorMap = colorMap
    self.axis = axis
  }

  /// Draws the bar with its strip's top-left corner at (`x`, `top`) down to `bottom`.
  public func draw(into svg: inout SVGDocument, x: Double, top: Double, bottom: Double) {
    let n = SVGDocument.number
    let steps = 128
    let strip = PNGImage(
      width: 1, height: steps,
      pixels: (0..<steps).map { colorMap.color(at: 1 - (Double($0) + 0.5) / Double(steps)) })
    svg.open("g", [("class", "color-bar"), ("data-color-map", colorMap.name)])
    svg.element(
      "image",
      [
        ("x", n(x)), ("y", n(top)), ("width", "14"), ("height", n(bottom - top)),
        ("preserveAspectRatio", "none"), ("style", "image-rendering:pixelated"),
        ("href", strip.dataURI),
      ])
    svg.element(
      "rect",
      [
        ("x", n(x)), ("y", n(top)), ("width", "14"), ("height", n(bottom - top)),
        ("fill", "none"), ("stroke", "#444444"),
      ])
    for tick in axis.ticks {
      guard let y = axis.position(of: tick.value, from: bottom, to: top) else { continue }
      svg.element(
        "line",
        [
          ("x1", n(x + 14)), ("x2", n(x + 18)), ("y1", n(y)), ("y2", n(y)),
          ("stroke", "#444444"),
        ])
      svg.element(
        "text", [("x", n(x + 21)), ("y", n(y + 4)), ("font-size", "11"), ("fill", "#333333")],
        text: tick.label)
    }
    svg.close()
  }
}
