/// A constructive-solid-geometry combination of two shapes: union, difference or intersection
/// (nest them for more).
///
/// - Interior: points of the bounding box (union: the hull of both boxes; difference: the first
///   shape's box; intersection: the boxes' overlap), kept when they lie in the combination.
/// - Boundary: the pieces of the first shape, then those of the second, each placed as its shape
///   places it and kept only where it lies on the combined boundary, so boundary points stay
///   uniform in length or area over the combined boundary. Kept pieces keep their shape's
///   outward normal, except the second shape's pieces of a difference (a hole), whose normal is
///   turned around: it points into the hole, out of the remaining region. A piece proven to lie
///   on the combined boundary as a whole (from its box: a hole's rim inside the plate, a face
///   away from every hole) skips the test: each point is kept as the test would keep it.
/// - Where both shapes' boundaries coincide, the first shape's piece is kept and the second's
///   rejected (for a union and an intersection), so no part of the boundary is drawn twice.
///   Corners where the two boundaries cross keep the normal of the piece drawn, as a box does.
/// - The volume and boundary measure are estimated with 16 384 Halton points (relative error
///   about 1e-3); they are used for reports and lint, never for the sampling itself.
package struct ConstructedShape: Geometry {
  /// How the two shapes combine.
  package enum Operation: String, Hashable, Sendable, Codable {
    /// Points in either shape.
    case union
    /// Points in the first shape but not in the second.
    case difference
    /// Points in both shapes.
    case intersection
  }

  /// The operation.
  package let operation: Operation
  /// The first shape.
  package let first: any Geometry
  /// The second shape.
  package let second: any Geometry
  package let boundingBox: BoundingBox
  /// The tolerance of the boundary tests: 1e-9 of the bounding box's largest side.
  private let tolerance: Double
  package let dimension: Int
  // Asked for every placed point: stored, since the shapes compute them (a nested combination
  // concatenates its parts' piece lists).
  private let firstPieceCount: Int
  private let firstUnitDimension: Int
  private let secondUnitDimension: Int
  private let firstBox: BoundingBox
  private let secondBox: BoundingBox
  /// Per piece: whether the whole piece is proven to lie on the combined boundary.
  private let surelyKept: [Bool]

  /// Combines two shapes; throws unless they have the same dimension and, for an intersection,
  /// their bounding boxes overlap.
  package init(_ operation: Operation, _ first: any Geometry, _ second: any Geometry)
    throws(SamplingError)
  {
    guard first.dimension == second.dimension else {
      throw SamplingError(
        "cannot combine a \(first.dimension)-D shape with a \(second.dimension)-D one")
    }
    let (a, b) = (first.boundingBox, second.boundingBox)
    switch operation {
    case .union:
      boundingBox = BoundingBox(
        lower: zip(a.lower, b.lower).map { min($0, $1) },
        upper: zip(a.upper, b.upper).map { max($0, $1) })
    case .difference:
      boundingBox = a
    case .intersection:
      let box = BoundingBox(
        lower: zip(a.lower, b.lower).map { max($0, $1) },
        upper: zip(a.upper, b.upper).map { min($0, $1) })
      guard zip(box.lower, box.upper).allSatisfy({ $0 < $1 }) else {
        throw SamplingError("the intersection is empty: the shapes do not overlap")
      }
      boundingBox = box
    }
    self.operation = operation
    self.first = first
    self.second = second
    let extent = zip(boundingBox.lower, boundingBox.upper).map { $1 - $0 }.max() ?? 1
    tolerance = 1e-9 * extent
    dimension = first.dimension
    firstPieceCount = first.boundaryPieceMeasures.count
    firstUnitDimension = first.boundaryUnitDimension
    secondUnitDimension = second.boundaryUnitDimension
    firstBox = a
    secondBox = b
    // The proofs allow twice the tolerance: a placed point may lie a rounding error outside its
    // piece's box.
    let slack = 2 * tolerance
    let firstKept = first.boundaryPieceBoxes.map { box in
      switch operation {
      case .union, .difference: !second.mayMeet(box, margin: slack)
      case .intersection: second.surelyContains(box, tolerance: 0)
      }
    }
    let secondKept = second.boundaryPieceBoxes.map { box in
      switch operation {
      case .union: !first.mayMeet(box, margin: slack)
      case .difference, .intersection: first.surelyContains(box, tolerance: -slack)
      }
    }
    surelyKept = firstKept + secondKept
  }

  /// Whether `point` lies in the first shape (within `tolerance`), its bounding box tested
  /// first: most points of a small part (a hole) are decided without asking the part.
  @inline(__always)
  private func inFirst(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    firstBox.contains(point, margin: abs(tolerance)) && first.contains(point, tolerance: tolerance)
  }

  /// ``inFirst(_:tolerance:)`` for the second shape.
  @inline(__always)
  private func inSecond(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    secondBox.contains(point, margin: abs(tolerance))
      && second.contains(point, tolerance: tolerance)
  }

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    switch operation {
    case .union:
      inFirst(point, tolerance: tolerance) || inSecond(point, tolerance: tolerance)
    case .difference:
      inFirst(point, tolerance: tolerance) && !inSecond(point, tolerance: -tolerance)
    case .intersection:
      inFirst(point, tolerance: tolerance) && inSecond(point, tolerance: tolerance)
    }
  }

  package func mayMeet(_ box: BoundingBox, margin: Double) -> Bool {
    switch operation {
    case .union: first.mayMeet(box, margin: margin) || second.mayMeet(box, margin: margin)
    case .difference: first.mayMeet(box, margin: margin)
    case .intersection: first.mayMeet(box, margin: margin) && second.mayMeet(box, margin: margin)
    }
  }

  package func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool {
    switch operation {
    case .union:
      first.surelyContains(box, tolerance: tolerance)
        || second.surelyContains(box, tolerance: tolerance)
    case .difference:
      first.surelyContains(box, tolerance: tolerance)
        && !second.mayMeet(box, margin: abs(tolerance))
    case .intersection:
      first.surelyContains(box, tolerance: tolerance)
        && second.surelyContains(box, tolerance: tolerance)
    }
  }

  package var interiorUnitDimension: Int { dimension }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    for axis in 0..<dimension { point[axis] = boundingBox.map(unit: unit[axis], axis: axis) }
    return contains(UnsafeBufferPointer(point), tolerance: 0)
  }

  package var boundaryPieceMeasures: [Double] {
    first.boundaryPieceMeasures + second.boundaryPieceMeasures
  }

  package var boundaryPieceLabels: [[String]] {
    first.boundaryPieceLabels + second.boundaryPieceLabels
  }

  package var boundaryPieceBoxes: [BoundingBox] {
    first.boundaryPieceBoxes + second.boundaryPieceBoxes
  }

  package var boundaryUnitDimension: Int { max(firstUnitDimension, secondUnitDimension) }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let isFirst = piece < firstPieceCount
    let units = UnsafeBufferPointer(
      rebasing: unit[0..<(isFirst ? firstUnitDimension : secondUnitDimension)])
    let placed =
      isFirst
      ? first.placeBoundary(piece: piece, unit: units, point: point, normal: normal)
      : second.placeBoundary(
        piece: piece - firstPieceCount, unit: units, point: point, normal: normal)
    guard placed else { return false }
    if operation == .difference, !isFirst {
      for axis in 0..<dimension { normal[axis] = -normal[axis] }
    }
    if surelyKept[piece] { return true }
    let point = UnsafeBufferPointer(point)
    let epsilon = tolerance
    switch (operation, isFirst) {
    case (.union, true): return !inSecond(point, tolerance: -epsilon)
    case (.union, false): return !inFirst(point, tolerance: epsilon)
    case (.difference, true): return !inSecond(point, tolerance: -epsilon)
    case (.difference, false): return inFirst(point, tolerance: -epsilon)
    case (.intersection, true): return inSecond(point, tolerance: epsilon)
    case (.intersection, false): return inFirst(point, tolerance: -epsilon)
    }
  }

  package var volume: Double { estimatedVolume(samples: 16_384) }
  package var boundaryMeasure: Double { estimatedBoundaryMeasure(samplesPerPiece: 4_096) }
}
