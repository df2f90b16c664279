import Foundation

/// An axis-aligned ellipse (x − c₀)²/a² + (y − c₁)²/b² ≤ 1.
///
/// Interior points are drawn by rejection from the bounding box. The boundary is one piece,
/// placed by arc length: a table of the cumulative length at ``tableSize`` equal steps of the
/// parameter angle is inverted with linear interpolation, so boundary points are uniform in
/// length (not in angle). The outward normal is ∝ ((x − c₀)/a², (y − c₁)/b²).
package struct Ellipse: Geometry, Hashable, Codable {
  /// The number of parameter steps of the arc-length table.
  package static let tableSize = 2048

  /// The centre.
  package let center: [Double]
  /// The semi-axes (a along x, b along y).
  package let semiAxes: [Double]
  private let cumulativeLength: [Double]

  /// Creates an ellipse; throws unless the centre has 2 finite coordinates and both semi-axes
  /// are positive and finite.
  package init(center: [Double], semiAxes: [Double]) throws(SamplingError) {
    guard center.count == 2, center.allSatisfy(\.isFinite), semiAxes.count == 2 else {
      throw SamplingError("an ellipse needs a centre and semi-axes of 2 coordinates")
    }
    guard semiAxes.allSatisfy({ $0.isFinite && $0 > 0 }) else {
      throw SamplingError("the semi-axes \(semiAxes) must be positive")
    }
    self.center = center
    self.semiAxes = semiAxes
    boundingBox = BoundingBox(
      lower: [center[0] - semiAxes[0], center[1] - semiAxes[1]],
      upper: [center[0] + semiAxes[0], center[1] + semiAxes[1]])
    var table = [0.0]
    table.reserveCapacity(Self.tableSize + 1)
    var previous = (semiAxes[0], 0.0)
    for step in 1...Self.tableSize {
      let angle = 2 * Double.pi * Double(step) / Double(Self.tableSize)
      let next = (semiAxes[0] * cos(angle), semiAxes[1] * sin(angle))
      let length =
        ((next.0 - previous.0) * (next.0 - previous.0)
        + (next.1 - previous.1) * (next.1 - previous.1)).squareRoot()
      table.append(table[step - 1] + length)
      previous = next
    }
    cumulativeLength = table
  }

  package var dimension: Int { 2 }

  // Stored: interior points are placed in it one by one.
  package let boundingBox: BoundingBox

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    // Scaled by the smaller semi-axis, the level set is a distance to within that axis ratio.
    let x = (point[0] - center[0]) / semiAxes[0]
    let y = (point[1] - center[1]) / semiAxes[1]
    return (x * x + y * y).squareRoot() <= 1 + tolerance / semiAxes.min()!
  }

  package var interiorUnitDimension: Int { 2 }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let box = boundingBox
    for axis in 0..<2 { point[axis] = box.map(unit: unit[axis], axis: axis) }
    return contains(UnsafeBufferPointer(point), tolerance: 0)
  }

  package var boundaryPieceMeasures: [Double] { [boundaryMeasure] }
  package var boundaryPieceLabels: [[String]] { [[]] }
  package var boundaryUnitDimension: Int { 1 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let target = unit[0] * boundaryMeasure
    var low = 0
    var high = Self.tableSize
    while high - low > 1 {
      let middle = (low + high) / 2
      if cumulativeLength[middle] <= target { low = middle } else { high = middle }
    }
    let span = cumulativeLength[high] - cumulativeLength[low]
    let fraction = span > 0 ? (target - cumulativeLength[low]) / span : 0
    let angle = 2 * Double.pi * (Double(low) + fraction) / Double(Self.tableSize)
    let (a, b) = (semiAxes[0], semiAxes[1])
    point[0] = center[0] + a * cos(angle)
    point[1] = center[1] + b * sin(angle)
    let (nx, ny) = (cos(angle) / a, sin(angle) / b)
    let length = (nx * nx + ny * ny).squareRoot()
    normal[0] = nx / length
    normal[1] = ny / length
    return true
  }

  package var volume: Double { Double.pi * semiAxes[0] * semiAxes[1] }

  /// The perimeter of the table's inscribed polygon (relative error below 1e-6 at 2048 steps).
  package var boundaryMeasure: Double { cumulativeLength[Self.tableSize] }
}
