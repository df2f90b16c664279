/// One sampler's current points, in the engine's precision, reused from step to step.
///
/// `points` holds `count × dimension` coordinates row-major in input order; `normals` holds the
/// outward unit normal of each point in the same layout for boundary regions, and is empty
/// otherwise. Once sized, refilling a batch does not allocate.
package struct PointBatch<Scalar: BinaryFloatingPoint & Sendable>: Sendable {
  /// Coordinates per point.
  package let dimension: Int
  /// The number of points.
  package let count: Int
  /// The coordinates, row-major.
  package var points: [Scalar]
  /// The outward unit normals, row-major, or empty when the region has no normals.
  package var normals: [Scalar]

  /// Creates a zero-filled batch.
  package init(dimension: Int, count: Int, hasNormals: Bool) {
    self.dimension = dimension
    self.count = count
    points = Array(repeating: 0, count: dimension * count)
    normals = hasNormals ? Array(repeating: 0, count: dimension * count) : []
  }

  /// The coordinates of point `index`.
  package func point(_ index: Int) -> ArraySlice<Scalar> {
    points[(index * dimension)..<((index + 1) * dimension)]
  }

  /// The normal of point `index` (empty when the batch has no normals).
  package func normal(_ index: Int) -> ArraySlice<Scalar> {
    normals.isEmpty ? [] : normals[(index * dimension)..<((index + 1) * dimension)]
  }
}
