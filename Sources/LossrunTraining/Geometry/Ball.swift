import Foundation

/// A disk (two dimensions) or a ball (three): the points within ``radius`` of ``center``.
///
/// Interior points are drawn by rejection from the bounding box (π/4 of a disk's box and π/6 of
/// a ball's are kept). The boundary is one piece, the circle or the sphere, placed
/// area-preservingly: θ = 2πu on the circle; z = 1 − 2u, φ = 2πv on the sphere (Archimedes), so
/// uniform unit points give uniform boundary points. The outward normal is (p − c)/r.
package struct Ball: Geometry, Hashable, Codable {
  /// The centre.
  package let center: [Double]
  /// The radius.
  package let radius: Double

  /// Creates a disk or a ball; throws unless the centre has 2 or 3 finite coordinates and the
  /// radius is positive and finite.
  package init(center: [Double], radius: Double) throws(SamplingError) {
    guard center.count == 2 || center.count == 3, center.allSatisfy(\.isFinite) else {
      throw SamplingError("a disk needs a centre of 2 coordinates (a ball 3)")
    }
    guard radius.isFinite, radius > 0 else {
      throw SamplingError("the radius \(radius) must be positive")
    }
    self.center = center
    self.radius = radius
    boundingBox = BoundingBox(lower: center.map { $0 - radius }, upper: center.map { $0 + radius })
  }

  package var dimension: Int { center.count }

  // Stored: interior points are placed in it one by one.
  package let boundingBox: BoundingBox

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    var squared = 0.0
    for axis in center.indices {
      let offset = point[axis] - center[axis]
      squared += offset * offset
    }
    return squared.squareRoot() <= radius + tolerance
  }

  package var interiorUnitDimension: Int { dimension }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let box = boundingBox
    for axis in 0..<dimension { point[axis] = box.map(unit: unit[axis], axis: axis) }
    return contains(UnsafeBufferPointer(point), tolerance: 0)
  }

  package func mayMeet(_ box: BoundingBox, margin: Double) -> Bool {
    var squared = 0.0
    for axis in 0..<dimension {
      let nearest = min(max(center[axis], box.lower[axis]), box.upper[axis])
      squared += (nearest - center[axis]) * (nearest - center[axis])
    }
    // A relative slack: the distance is computed, not exact.
    return squared.squareRoot() <= (radius + margin) * (1 + 1e-12)
  }

  // Exact: every step of `contains` is monotone in each coordinate's distance from the centre,
  // so the box's farthest corner bounds every point of it.
  package func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool {
    var squared = 0.0
    for axis in 0..<dimension {
      let farthest = max(abs(box.lower[axis] - center[axis]), abs(box.upper[axis] - center[axis]))
      squared += farthest * farthest
    }
    return squared.squareRoot() <= radius + tolerance
  }

  package var boundaryPieceMeasures: [Double] { [boundaryMeasure] }
  package var boundaryPieceLabels: [[String]] { [[]] }
  package var boundaryUnitDimension: Int { dimension - 1 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    if dimension == 2 {
      let angle = 2 * Double.pi * unit[0]
      normal[0] = cos(angle)
      normal[1] = sin(angle)
    } else {
      let z = 1 - 2 * unit[0]
      let ring = max(0, 1 - z * z).squareRoot()
      let angle = 2 * Double.pi * unit[1]
      normal[0] = ring * cos(angle)
      normal[1] = ring * sin(angle)
      normal[2] = z
    }
    for axis in 0..<dimension { point[axis] = center[axis] + radius * normal[axis] }
    return true
  }

  package var volume: Double {
    dimension == 2 ? Double.pi * radius * radius : 4 / 3 * Double.pi * radius * radius * radius
  }

  package var boundaryMeasure: Double {
    dimension == 2 ? 2 * Double.pi * radius : 4 * Double.pi * radius * radius
  }
}
