/// A region of input space that training points are drawn from.
///
/// A geometry places points from unit-cube coordinates rather than drawing them itself, so that
/// every point distribution (random, grid, low-discrepancy) works with every geometry, and the
/// only random state lives in the sampler. Its boundary is a list of pieces (the faces of a box,
/// later the arc of a disk or the edges of a polygon), each with a measure, so that boundary
/// points can be spread in proportion to measure and restricted to the pieces a predicate
/// selects. Every point carries the outward unit normal of the piece it was placed on.
///
/// Coordinates are `Double`; samplers convert to the engine's precision at the end.
package protocol Geometry: Sendable {
  /// The number of coordinates of a point (space and time inputs).
  var dimension: Int { get }
  /// The smallest axis-aligned box containing the geometry.
  var boundingBox: BoundingBox { get }
  /// Whether `point` lies in the closed region, allowing `tolerance` per coordinate.
  func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool

  /// The number of unit-cube coordinates that place one interior point.
  var interiorUnitDimension: Int { get }
  /// Writes the interior point placed by `unit` (each coordinate in [0, 1)) into `point`.
  func placeInterior(unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>)

  /// The measure (length, area, or a count for isolated points) of each boundary piece.
  var boundaryPieceMeasures: [Double] { get }
  /// The number of unit-cube coordinates that place a point on one boundary piece.
  var boundaryUnitDimension: Int { get }
  /// Writes the point of boundary piece `piece` placed by `unit`, and its outward unit normal
  /// (`dimension` components), into `point` and `normal`.
  func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>)
}

/// A selection of points, such as a compiled `x == 0 or y == 1`, called with one point's
/// coordinates in input order.
package typealias PointPredicate = @Sendable (UnsafeBufferPointer<Double>) -> Bool
