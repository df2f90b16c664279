/// A continuous colour map: control points in [0, 1], interpolated linearly in sRGB.
///
/// Both tables are published ones, dense enough that linear interpolation between neighbours
/// stays close to the original maps.
public struct ColorMap: Hashable, Sendable {
  /// A short name (`viridis`, `coolwarm`).
  public let name: String
  /// Whether the map is meant for signed data centred on zero (drawn over a symmetric range).
  public let isDiverging: Bool
  private let positions: [Double]
  private let colors: [RGBColor]

  /// Creates a map from control points `(position, red, green, blue)`, positions increasing
  /// from 0 to 1.
  init(name: String, isDiverging: Bool, table: [(Double, UInt8, UInt8, UInt8)]) {
    self.name = name
    self.isDiverging = isDiverging
    positions = table.map(\.0)
    colors = table.map { RGBColor(red: $0.1, green: $0.2, blue: $0.3) }
  }

  /// Viridis, the perceptually uniform map of van der Walt and Smith (matplotlib, 2015).
  ///
  /// Readable in grey and by colour-blind readers. The nine colours are viridis at k/8, k = 0...8, the table
  /// R's viridisLite prints for `viridis(9)`.
  public static let viridis = ColorMap(
    name: "viridis", isDiverging: false,
    table: [
      (0.000, 68, 1, 84), (0.125, 71, 45, 123), (0.250, 59, 82, 139), (0.375, 44, 114, 142),
      (0.500, 33, 145, 140), (0.625, 39, 173, 129), (0.750, 93, 200, 99),
      (0.875, 170, 220, 50), (1.000, 253, 231, 37),
    ])

  /// Moreland's "cool to warm" diverging map, for signed values.
  ///
  /// From K. Moreland, "Diverging Color Maps for Scientific Visualization" (2009): blue through a light grey to red with equal lightness
  /// steps on both sides; every second row of the paper's 33-row table.
  public static let coolWarm = ColorMap(
    name: "coolwarm", isDiverging: true,
    table: [
      (0.0000, 59, 76, 192), (0.0625, 77, 104, 215), (0.1250, 98, 130, 234),
      (0.1875, 119, 154, 247), (0.2500, 141, 176, 254), (0.3125, 163, 194, 255),
      (0.3750, 184, 208, 249), (0.4375, 204, 217, 238), (0.5000, 221, 221, 221),
      (0.5625, 236, 211, 197), (0.6250, 245, 196, 173), (0.6875, 247, 177, 148),
      (0.7500, 244, 154, 123), (0.8125, 236, 127, 99), (0.8750, 222, 96, 77),
      (0.9375, 203, 62, 56), (1.0000, 180, 4, 38),
    ])

  /// The colour at `fraction` (clamped to [0, 1]); ``RGBColor/missing`` for NaN.
  public func color(at fraction: Double) -> RGBColor {
    guard !fraction.isNaN else { return .missing }
    let t = min(1, max(0, fraction))
    var upper = 1
    while upper < positions.count - 1 && positions[upper] < t { upper += 1 }
    let lower = upper - 1
    let span = positions[upper] - positions[lower]
    let weight = span > 0 ? (t - positions[lower]) / span : 0
    func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
      UInt8((Double(a) + weight * (Double(b) - Double(a))).rounded())
    }
    let (from, to) = (colors[lower], colors[upper])
    return RGBColor(
      red: mix(from.red, to.red), green: mix(from.green, to.green), blue: mix(from.blue, to.blue))
  }
}
