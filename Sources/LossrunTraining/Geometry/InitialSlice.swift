/// The initial slice of a space-time cylinder: the spatial geometry at the fixed time t₀.
///
/// Its interior is space × {t₀} (every point has time exactly t₀); it has no boundary pieces of
/// its own, since initial conditions are imposed on the whole slice.
package struct InitialSlice<Space: Geometry>: Geometry {
  /// The spatial geometry.
  package let space: Space
  /// The fixed time t₀.
  package let time: Double
  /// The position of the time coordinate in a point.
  package let timeIndex: Int

  /// Creates the slice; prefer ``SpaceTimeCylinder/initialSlice``.
  package init(space: Space, time: Double, timeIndex: Int) {
    self.space = space
    self.time = time
    self.timeIndex = timeIndex
  }

  package var dimension: Int { space.dimension + 1 }

  package var boundingBox: BoundingBox {
    var box = space.boundingBox
    box.lower.insert(time, at: timeIndex)
    box.upper.insert(time, at: timeIndex)
    return box
  }

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    guard abs(point[timeIndex] - time) <= tolerance else { return false }
    return TimeAxis.withSpatialPart(of: point, timeIndex: timeIndex) { spatial in
      space.contains(spatial, tolerance: tolerance)
    }
  }

  package var interiorUnitDimension: Int { space.interiorUnitDimension }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let kept = space.placeInterior(unit: unit, point: point)
    TimeAxis.insert(time, into: point, at: timeIndex, spatialCount: space.dimension)
    return kept
  }

  package var boundaryPieceMeasures: [Double] { [] }
  package var boundaryPieceLabels: [[String]] { [] }
  package var volume: Double { space.volume }
  package var boundaryMeasure: Double { 0 }
  package var boundaryUnitDimension: Int { 0 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool { false }
}
