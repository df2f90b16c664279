/// An 8-bit sRGB colour.
public struct RGBColor: Hashable, Sendable {
  /// Red, 0...255.
  public let red: UInt8
  /// Green, 0...255.
  public let green: UInt8
  /// Blue, 0...255.
  public let blue: UInt8

  /// Creates a colour from its components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// The neutral grey drawn for cells that are not a number; darker than the light grey at the
  /// centre of ``ColorMap/coolWarm`` so the two cannot be confused.
  public static let missing = RGBColor(red: 120, green: 120, blue: 120)

  /// The colour as CSS/SVG text, `#rrggbb`.
  public var hex: String {
    let digits = Array("0123456789abcdef")
    return "#"
      + [red, green, blue].map { String([digits[Int($0 >> 4)], digits[Int($0 & 15)]]) }.joined()
  }
}
