/// An axis-aligned box given by its lower and upper corners.
package struct BoundingBox: Hashable, Sendable, Codable {
  /// The lower corner.
  package var lower: [Double]
  /// The upper corner.
  package var upper: [Double]

  /// Creates a box from its corners.
  package init(lower: [Double], upper: [Double]) {
    self.lower = lower
    self.upper = upper
  }

  /// The number of axes.
  package var dimension: Int { lower.count }

  /// Whether `point` lies in the box grown by `margin` on every side.
  @inline(__always)
  package func contains(_ point: UnsafeBufferPointer<Double>, margin: Double) -> Bool {
    for axis in lower.indices
    where point[axis] < lower[axis] - margin || point[axis] > upper[axis] + margin {
      return false
    }
    return true
  }

  /// Maps a unit-cube point to the box coordinate by coordinate: `lower + u · (upper − lower)`.
  package func map(unit: Double, axis: Int) -> Double {
    lower[axis] + unit * (upper[axis] - lower[axis])
  }
}
