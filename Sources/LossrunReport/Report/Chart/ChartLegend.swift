/// A legend: one row per series (a short line in its colour and dash, then its label), drawn
/// in the margin right of the plot so it never hides data.
public struct ChartLegend: Sendable {
  /// One row of the legend.
  public struct Entry: Sendable {
    /// The label.
    public var label: String
    /// The line colour.
    public var color: String
    /// Whether the line is dashed.
    public var isDashed: Bool

    /// Creates an entry.
    public init(label: String, color: String, isDashed: Bool) {
      self.label = label
      self.color = color
      self.isDashed = isDashed
    }
  }

  /// The rows, in order.
  public var entries: [Entry]
  /// Labels longer than this many characters are shortened with an ellipsis.
  public static let maximumLabelLength = 24

  /// Creates a legend.
  public init(entries: [Entry]) { self.entries = entries }

  /// The width the legend needs (about 6.2 pixels per character of 11-pixel text).
  public var width: Double {
    guard !entries.isEmpty else { return 0 }
    let longest = entries.map { min(Self.maximumLabelLength, $0.label.count) }.max() ?? 0
    return 34 + 6.2 * Double(longest)
  }

  /// Draws the legend with its top-left corner at (`x`, `y`).
  public func draw(into svg: inout SVGDocument, x: Double, y: Double) {
    let n = SVGDocument.number
    svg.open("g", [("class", "legend")])
    for (index, entry) in entries.enumerated() {
      let rowY = y + 8 + 16 * Double(index)
      var line = [
        ("x1", n(x)), ("x2", n(x + 22)), ("y1", n(rowY)), ("y2", n(rowY)),
        ("stroke", entry.color), ("stroke-width", "2.5"),
      ]
      if entry.isDashed { line.append(("stroke-dasharray", "5 3")) }
      svg.element("line", line)
      let label =
        entry.label.count > Self.maximumLabelLength
        ? String(entry.label.prefix(Self.maximumLabelLength - 1)) + "\u{2026}" : entry.label
      svg.element(
        "text", [("x", n(x + 28)), ("y", n(rowY + 4)), ("font-size", "11")], text: label)
    }
    svg.close()
  }
}
