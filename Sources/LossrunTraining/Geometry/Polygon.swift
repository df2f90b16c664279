/// A simple polygon in the plane, from its vertices in order (either orientation); a triangle is
/// a polygon of three vertices.
///
/// Edge k runs from vertex k to vertex k + 1 (the last edge closes the polygon); the boundary
/// pieces are the edges, each of measure its length, with the outward normal of its edge (the
/// edge direction turned a quarter away from the interior, whatever the vertices' orientation).
/// Corners: a point drawn exactly at a vertex keeps the normal of the edge it was drawn on, as a
/// box's corners do. Interior points are drawn by rejection from the bounding box; containment is
/// the even–odd crossing rule, with points within `tolerance` of an edge counted inside.
package struct Polygon: Geometry, Hashable, Codable {
  /// The vertices, as given.
  package let vertices: [[Double]]
  /// +1 when the vertices run counterclockwise, −1 when clockwise.
  private let orientation: Double

  /// Creates a polygon; throws for fewer than three vertices, non-finite coordinates, repeated
  /// consecutive vertices, zero area, or edges that cross or touch (a self-intersecting
  /// polygon), naming the first two such edges.
  package init(vertices: [[Double]]) throws(SamplingError) {
    guard vertices.count >= 3 else {
      throw SamplingError("a polygon needs at least 3 vertices; got \(vertices.count)")
    }
    guard vertices.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isFinite) }) else {
      throw SamplingError("every vertex of a polygon needs 2 finite coordinates")
    }
    if let (first, second) = PolygonEdges.firstIntersection(vertices) {
      throw SamplingError(
        "the polygon intersects itself: edges \(first + 1) and \(second + 1) cross or touch")
    }
    let area = PolygonEdges.signedArea(vertices)
    guard area != 0 else { throw SamplingError("the polygon has zero area") }
    self.vertices = vertices
    boundingBox = BoundingBox(
      lower: [vertices.map { $0[0] }.min()!, vertices.map { $0[1] }.min()!],
      upper: [vertices.map { $0[0] }.max()!, vertices.map { $0[1] }.max()!])
    orientation = area > 0 ? 1 : -1
  }

  package var dimension: Int { 2 }

  // Stored: interior points are placed in it one by one.
  package let boundingBox: BoundingBox

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    let (x, y) = (point[0], point[1])
    var inside = false
    var nearest = Double.infinity
    for edge in vertices.indices {
      let a = vertices[edge]
      let b = vertices[(edge + 1) % vertices.count]
      if (a[1] > y) != (b[1] > y) {
        let crossing = a[0] + (y - a[1]) / (b[1] - a[1]) * (b[0] - a[0])
        if x < crossing { inside.toggle() }
      }
      nearest = min(nearest, PolygonEdges.distance(from: (x, y), to: a, b))
    }
    if tolerance >= 0 { return inside || nearest <= tolerance }
    return inside && nearest > -tolerance
  }

  package var interiorUnitDimension: Int { 2 }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let box = boundingBox
    for axis in 0..<2 { point[axis] = box.map(unit: unit[axis], axis: axis) }
    return contains(UnsafeBufferPointer(point), tolerance: 0)
  }

  package var boundaryPieceMeasures: [Double] {
    vertices.indices.map { edge in
      let a = vertices[edge]
      let b = vertices[(edge + 1) % vertices.count]
      return ((b[0] - a[0]) * (b[0] - a[0]) + (b[1] - a[1]) * (b[1] - a[1])).squareRoot()
    }
  }

  package var boundaryPieceLabels: [[String]] { Array(repeating: [], count: vertices.count) }

  package var boundaryPieceBoxes: [BoundingBox] {
    vertices.indices.map { edge in
      let (a, b) = (vertices[edge], vertices[(edge + 1) % vertices.count])
      return BoundingBox(lower: zip(a, b).map { min($0, $1) }, upper: zip(a, b).map { max($0, $1) })
    }
  }
  package var boundaryUnitDimension: Int { 1 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let a = vertices[piece]
    let b = vertices[(piece + 1) % vertices.count]
    let u = unit[0]
    point[0] = a[0] + u * (b[0] - a[0])
    point[1] = a[1] + u * (b[1] - a[1])
    let (dx, dy) = (b[0] - a[0], b[1] - a[1])
    let length = (dx * dx + dy * dy).squareRoot()
    normal[0] = orientation * dy / length
    normal[1] = -orientation * dx / length
    return true
  }

  package var volume: Double { abs(PolygonEdges.signedArea(vertices)) }
  package var boundaryMeasure: Double { boundaryPieceMeasures.reduce(0, +) }
}
