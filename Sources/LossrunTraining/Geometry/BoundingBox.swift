/// An axis-aligned box given by its lower and upper corners.
public struct BoundingBox: Hashable, Sendable, Codable {
  /// The lower corner.
  public var lower: [Double]
  /// The upper corner.
  public var upper: [Double]

  /// Creates a box from its corners.
  public init(lower: [Double], upper: [Double]) {
    self.lower = lower
    self.upper = upper
  }

  /// The number of axes.
  public var dimension: Int { lower.count }

  /// Maps a unit-cube point to the box coordinate by coordinate: `lower + u · (upper − lower)`.
  public func map(unit: Double, axis: Int) -> Double {
    lower[axis] + unit * (upper[axis] - lower[axis])
  }
}
