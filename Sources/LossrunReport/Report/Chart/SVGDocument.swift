/// A builder of one standalone SVG image: elements are appended in drawing order and every
/// attribute value and text run is escaped on the way in.
///
/// The result is well-formed XML that can be embedded inline in an XHTML page or saved as an
/// `.svg` file. Coordinates are written with at most two decimals (``number(_:)``), which is
/// far below a pixel and keeps the markup short and deterministic.
public struct SVGDocument: Sendable {
  /// The image width in pixels.
  public let width: Double
  /// The image height in pixels.
  public let height: Double
  /// Attributes of the root `<svg>` element besides its size, such as `data-chart`.
  public var rootAttributes: [(String, String)]
  private var body: String = ""
  private var openElements: [String] = []

  /// Creates an empty image of the given size.
  public init(width: Double, height: Double, attributes: [(String, String)] = []) {
    self.width = width
    self.height = height
    self.rootAttributes = attributes
  }

  /// Appends an empty element such as `<line .../>`.
  public mutating func element(_ name: String, _ attributes: [(String, String)]) {
    body += "<" + name + Self.attributeText(attributes) + "/>"
  }

  /// Appends an element holding `text` (escaped), such as `<text ...>label</text>`.
  public mutating func element(_ name: String, _ attributes: [(String, String)], text: String) {
    body += "<" + name + Self.attributeText(attributes) + ">" + MarkupEscaping.text(text)
    body += "</" + name + ">"
  }

  /// Opens a container element (`<g>`, `<clipPath>`, ...); close it with ``close()``.
  public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    body += "<" + name + Self.attributeText(attributes) + ">"
    openElements.append(name)
  }

  /// Closes the innermost container opened by ``open(_:_:)``.
  public mutating func close() {
    guard let name = openElements.popLast() else { return }
    body += "</" + name + ">"
  }

  /// Appends `other`'s elements translated by (`x`, `y`), as one group.
  public mutating func embed(_ other: SVGDocument, x: Double, y: Double) {
    open("g", [("transform", "translate(\(Self.number(x)),\(Self.number(y)))")])
    body += other.innerMarkup
    close()
  }

  /// The elements without the root element (containers left open are closed).
  public var innerMarkup: String {
    body + openElements.reversed().map { "</" + $0 + ">" }.joined()
  }

  /// The complete `<svg>` element.
  public var markup: String {
    let size: [(String, String)] = [
      ("xmlns", "http://www.w3.org/2000/svg"), ("width", Self.number(width)),
      ("height", Self.number(height)),
      ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
    ]
    return "<svg" + Self.attributeText(size + rootAttributes) + ">" + innerMarkup + "</svg>"
  }

  /// A coordinate as text: rounded to two decimals, without trailing zeros, never `-0`.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = (min(1e12, max(-1e12, value)) * 100).rounded()
    if hundredths == 0 { return "0" }
    let whole = Int(hundredths) / 100
    let fraction = abs(Int(hundredths) % 100)
    let sign = hundredths < 0 && whole == 0 ? "-" : ""
    if fraction == 0 { return sign + String(whole) }
    let digits =
      fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
    return sign + String(whole) + "." + digits
  }

  private static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " " + $0.0 + "=\"" + MarkupEscaping.attribute($0.1) + "\"" }.joined()
  }
}
