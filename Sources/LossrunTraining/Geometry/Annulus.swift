import Foundation

/// The ring between two concentric circles: inner ≤ |p − c| ≤ outer.
///
/// Interior points are drawn by rejection from the outer circle's bounding box. The boundary has
/// two pieces, 0 the outer circle (normal (p − c)/r, away from the centre) and 1 the inner
/// circle (normal −(p − c)/r, into the hole), each of measure its circumference.
package struct Annulus: Geometry, Hashable, Codable {
  /// The centre.
  package let center: [Double]
  /// The inner radius.
  package let inner: Double
  /// The outer radius.
  package let outer: Double

  /// Creates an annulus; throws unless 0 < inner < outer and the centre has 2 coordinates.
  package init(center: [Double], inner: Double, outer: Double) throws(SamplingError) {
    guard center.count == 2, center.allSatisfy(\.isFinite) else {
      throw SamplingError("an annulus needs a centre of 2 coordinates")
    }
    guard inner.isFinite, outer.isFinite, inner > 0, inner < outer else {
      throw SamplingError("an annulus needs 0 < inner < outer; got \(inner) and \(outer)")
    }
    self.center = center
    self.inner = inner
    self.outer = outer
    boundingBox = BoundingBox(lower: center.map { $0 - outer }, upper: center.map { $0 + outer })
  }

  package var dimension: Int { 2 }

  // Stored: interior points are placed in it one by one.
  package let boundingBox: BoundingBox

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    let (x, y) = (point[0] - center[0], point[1] - center[1])
    let r = (x * x + y * y).squareRoot()
    return r >= inner - tolerance && r <= outer + tolerance
  }

  package var interiorUnitDimension: Int { 2 }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let box = boundingBox
    for axis in 0..<2 { point[axis] = box.map(unit: unit[axis], axis: axis) }
    return contains(UnsafeBufferPointer(point), tolerance: 0)
  }

  package var boundaryPieceMeasures: [Double] { [2 * Double.pi * outer, 2 * Double.pi * inner] }
  package var boundaryPieceLabels: [[String]] { [[], []] }

  package var boundaryPieceBoxes: [BoundingBox] {
    [boundingBox, BoundingBox(lower: center.map { $0 - inner }, upper: center.map { $0 + inner })]
  }
  package var boundaryUnitDimension: Int { 1 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let angle = 2 * Double.pi * unit[0]
    let radius = piece == 0 ? outer : inner
    let sign = piece == 0 ? 1.0 : -1.0
    point[0] = center[0] + radius * cos(angle)
    point[1] = center[1] + radius * sin(angle)
    normal[0] = sign * cos(angle)
    normal[1] = sign * sin(angle)
    return true
  }

  package var volume: Double { Double.pi * (outer * outer - inner * inner) }
  package var boundaryMeasure: Double { 2 * Double.pi * (outer + inner) }
}
