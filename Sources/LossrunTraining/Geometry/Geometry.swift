/// A region of input space that training points are drawn from.
///
/// A geometry places points from unit-cube coordinates rather than drawing them itself, so that
/// every point distribution (random, grid, low-discrepancy) works with every geometry, and the
/// only random state lives in the sampler. Its boundary is a list of pieces (the faces of a box,
/// later the arc of a disk or the edges of a polygon), each with a measure, so that boundary
/// points can be spread in proportion to measure and restricted to the pieces a predicate
/// selects. Every point carries the outward unit normal of the piece it was placed on.
///
/// A geometry that cannot map the unit cube onto itself exactly (a disk, a polygon, a CSG
/// combination) places points in a larger set (its bounding box, or the whole boundary of each
/// part) and says which placed points it keeps: ``placeInterior(unit:point:)`` and
/// ``placeBoundary(piece:unit:point:normal:)`` return false for a point the sampler must
/// reject. Rejection keeps the points' order in the unit-cube stream, so a low-discrepancy
/// sequence stays as well spread as the shape allows, and keeps the density uniform, so interior
/// points follow volume and boundary points follow length or area.
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
  /// Writes the interior point placed by `unit` (each coordinate in [0, 1)) into `point`;
  /// returns whether the point belongs to the geometry (false: the sampler rejects it).
  func placeInterior(unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>)
    -> Bool

  /// The measure (length, area, or a count for isolated points) of each boundary piece, as
  /// placed: for a CSG combination the whole boundary of each part, of which rejection keeps the
  /// part on the combined boundary.
  var boundaryPieceMeasures: [Double] { get }
  /// The names of the shapes each boundary piece comes from (innermost first), so that a sampler
  /// can select `boundary of hole`; empty lists for unnamed pieces.
  var boundaryPieceLabels: [[String]] { get }
  /// The number of unit-cube coordinates that place a point on one boundary piece.
  var boundaryUnitDimension: Int { get }
  /// Writes the point of boundary piece `piece` placed by `unit`, and its outward unit normal
  /// (`dimension` components), into `point` and `normal`; returns whether the point lies on the
  /// geometry's boundary (false: the sampler rejects it).
  func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool

  /// A box containing each boundary piece as placed, in piece order (the bounding box for every
  /// piece unless the shape knows smaller ones): what lets a combination prove that a whole piece
  /// lies on its boundary and a selection that it holds on a whole piece.
  var boundaryPieceBoxes: [BoundingBox] { get }
  /// Whether the region grown by `margin` may meet `box`: false only when they are proven apart.
  func mayMeet(_ box: BoundingBox, margin: Double) -> Bool
  /// Whether every point of `box` is proven to pass ``contains(_:tolerance:)`` with `tolerance`;
  /// false when the shape cannot tell.
  func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool

  /// The volume (length, area) of the region; exact for the primitive shapes, estimated for
  /// CSG combinations (see ``Geometry/estimatedVolume(samples:)``).
  var volume: Double { get }
  /// The measure (count, length, area) of the boundary; exact for the primitive shapes,
  /// estimated for CSG combinations.
  var boundaryMeasure: Double { get }
}

/// A selection of points, such as a compiled `x == 0 or y == 1`, called with one point's
/// coordinates in input order.
package typealias PointPredicate = @Sendable (UnsafeBufferPointer<Double>) -> Bool
