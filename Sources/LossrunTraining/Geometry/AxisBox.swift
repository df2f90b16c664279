/// The axis-aligned box [a₁, b₁] × … × [a_d, b_d]: an interval, a rectangle or a box.
///
/// Its boundary pieces are the 2d faces, numbered `2·axis + side` (side 0 the lower face
/// x_axis = a, side 1 the upper face x_axis = b), each with measure the product of the other
/// axes' lengths; an interval's two "faces" are its end points, each of measure 1, so they are
/// drawn equally often. A face point has its face coordinate set exactly to the bound (so a
/// predicate `x == 0` holds exactly), and the outward normal ±e_axis of its face.
///
/// Corners and edges: they have measure zero, and a point is only placed on one when a unit
/// coordinate is exactly 0 (a low-discrepancy sequence's first point, for instance). Such a point
/// keeps the normal of the face it was drawn on, never a blend: a term on the face x = 1 then
/// sees the normal of x = 1 at every one of its points, which is what a Neumann condition on
/// that face means.
package struct AxisBox: Geometry, Hashable, Codable {
  /// The box's corners.
  package let bounds: BoundingBox

  /// Creates a box; throws unless every lower bound is finite and below its upper bound.
  package init(lower: [Double], upper: [Double]) throws(SamplingError) {
    guard !lower.isEmpty, lower.count == upper.count else {
      throw SamplingError("a box needs the same number (at least one) of lower and upper bounds")
    }
    for (axis, (a, b)) in zip(lower, upper).enumerated() where !(a.isFinite && b.isFinite && a < b)
    {
      throw SamplingError("axis \(axis + 1) of the box has bounds [\(a), \(b)]; need a < b")
    }
    bounds = BoundingBox(lower: lower, upper: upper)
  }

  package var dimension: Int { bounds.dimension }
  package var boundingBox: BoundingBox { bounds }

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    for axis in 0..<dimension
    where
      !(point[axis] >= bounds.lower[axis] - tolerance
      && point[axis] <= bounds.upper[axis] + tolerance)
    {
      return false
    }
    return true
  }

  package var interiorUnitDimension: Int { dimension }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    for axis in 0..<dimension { point[axis] = bounds.map(unit: unit[axis], axis: axis) }
    return true
  }

  package var boundaryPieceMeasures: [Double] {
    (0..<(2 * dimension)).map { face in
      var measure = 1.0
      for axis in 0..<dimension where axis != face / 2 {
        measure *= bounds.upper[axis] - bounds.lower[axis]
      }
      return measure
    }
  }

  package var boundaryUnitDimension: Int { dimension - 1 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let faceAxis = piece / 2
    let isUpper = piece % 2 == 1
    var next = 0
    for axis in 0..<dimension {
      if axis == faceAxis {
        point[axis] = isUpper ? bounds.upper[axis] : bounds.lower[axis]
        normal[axis] = isUpper ? 1 : -1
      } else {
        point[axis] = bounds.map(unit: unit[next], axis: axis)
        normal[axis] = 0
        next += 1
      }
    }
    return true
  }

  package var boundaryPieceLabels: [[String]] { Array(repeating: [], count: 2 * dimension) }

  package var boundaryPieceBoxes: [BoundingBox] {
    (0..<(2 * dimension)).map { face in
      var box = bounds
      let bound = face % 2 == 1 ? bounds.upper[face / 2] : bounds.lower[face / 2]
      (box.lower[face / 2], box.upper[face / 2]) = (bound, bound)
      return box
    }
  }

  package func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool {
    bounds.encloses(box, margin: tolerance)
  }

  package var volume: Double {
    (0..<dimension).reduce(1.0) { $0 * (bounds.upper[$1] - bounds.lower[$1]) }
  }

  package var boundaryMeasure: Double { boundaryPieceMeasures.reduce(0, +) }
}
