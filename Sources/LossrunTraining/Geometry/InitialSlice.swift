/// The initial slice of a space-time cylinder: the spatial geometry at the fixed time t₀.
///
/// Its interior is space × {t₀} (every point has time exactly t₀); it has no boundary pieces of
/// its own, since initial conditions are imposed on the whole slice.
public struct InitialSlice<Space: Geometry>: Geometry {
  /// The spatial geometry.
  public let space: Space
  /// The fixed time t₀.
  public let time: Double
  /// The position of the time coordinate in a point.
  public let timeIndex: Int

  /// Creates the slice; prefer ``SpaceTimeCylinder/initialSlice``.
  public init(space: Space, time: Double, timeIndex: Int) {
    self.space = space
    self.time = time
    self.timeIndex = timeIndex
  }

  public var dimension: Int { space.dimension + 1 }

  public var boundingBox: BoundingBox {
    var box = space.boundingBox
    box.lower.insert(time, at: timeIndex)
    box.upper.insert(time, at: timeIndex)
    return box
  }

  public func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    guard abs(point[timeIndex] - time) <= tolerance else { return false }
    return TimeAxis.withSpatialPart(of: point, timeIndex: timeIndex) { spatial in
      space.contains(spatial, tolerance: tolerance)
    }
  }

  public var interiorUnitDimension: Int { space.interiorUnitDimension }

  public func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) {
    space.placeInterior(unit: unit, point: point)
    TimeAxis.insert(time, into: point, at: timeIndex, spatialCount: space.dimension)
  }

  public var boundaryPieceMeasures: [Double] { [] }
  public var boundaryUnitDimension: Int { 0 }

  public func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) {}
}
