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

  /// Whether this box grown by `margin` on every side and `other` share a point.
  package func meets(_ other: BoundingBox, margin: Double) -> Bool {
    for axis in lower.indices
    where other.upper[axis] < lower[axis] - margin || other.lower[axis] > upper[axis] + margin {
      return false
    }
    return true
  }

  /// Whether `other` lies in this box grown by `margin` on every side (shrunk for a negative
  /// margin).
  package func encloses(_ other: BoundingBox, margin: Double) -> Bool {
    for axis in lower.indices
    where other.lower[axis] < lower[axis] - margin || other.upper[axis] > upper[axis] + margin {
      return false
    }
    return true
  }

  /// The box without axis `axis` (the spatial part of a space-time box).
  package func removing(axis: Int) -> BoundingBox {
    var box = self
    box.lower.remove(at: axis)
    box.upper.remove(at: axis)
    return box
  }

  /// The box with the interval `range` inserted as axis `axis`.
  package func inserting(_ range: ClosedRange<Double>, at axis: Int) -> BoundingBox {
    var box = self
    box.lower.insert(range.lowerBound, at: axis)
    box.upper.insert(range.upperBound, at: axis)
    return box
  }

  /// Maps a unit-cube point to the box coordinate by coordinate: `lower + u · (upper − lower)`.
  package func map(unit: Double, axis: Int) -> Double {
    lower[axis] + unit * (upper[axis] - lower[axis])
  }
}
