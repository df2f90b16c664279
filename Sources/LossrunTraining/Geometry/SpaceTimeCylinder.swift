/// A spatial geometry swept over a time interval: the domain of a time-dependent problem.
///
/// The time coordinate sits at position ``timeIndex`` of a point (the time input's place in the
/// spec's input list); the other coordinates are the spatial geometry's, in order.
/// - Interior: space interior × (t₀, t₁]. The last unit coordinate u gives t = t₁ − u·(t₁ − t₀),
///   so t₀ itself (the initial slice, sampled separately) is never drawn.
/// - Boundary: ∂space × [t₀, t₁), each spatial piece's measure multiplied by t₁ − t₀; normals are
///   the spatial normals with a zero time component. The last unit coordinate places t.
/// - ``initialSlice``: space × {t₀}, a geometry of its own.
package struct SpaceTimeCylinder<Space: Geometry>: Geometry {
  /// The spatial geometry.
  package let space: Space
  /// The start time t₀.
  package let start: Double
  /// The end time t₁.
  package let end: Double
  /// The position of the time coordinate in a point.
  package let timeIndex: Int

  /// Creates the cylinder; throws unless t₀ < t₁ and `timeIndex` is a valid position.
  package init(space: Space, start: Double, end: Double, timeIndex: Int) throws(SamplingError) {
    guard start.isFinite, end.isFinite, start < end else {
      throw SamplingError("the time interval [\(start), \(end)] needs t0 < t1")
    }
    guard (0...space.dimension).contains(timeIndex) else {
      throw SamplingError("time position \(timeIndex) is outside 0...\(space.dimension)")
    }
    self.space = space
    self.start = start
    self.end = end
    self.timeIndex = timeIndex
  }

  /// The initial slice space × {t₀}.
  package var initialSlice: InitialSlice<Space> {
    InitialSlice(space: space, time: start, timeIndex: timeIndex)
  }

  package var dimension: Int { space.dimension + 1 }

  package var boundingBox: BoundingBox {
    var box = space.boundingBox
    box.lower.insert(start, at: timeIndex)
    box.upper.insert(end, at: timeIndex)
    return box
  }

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    let t = point[timeIndex]
    guard t >= start - tolerance, t <= end + tolerance else { return false }
    return TimeAxis.withSpatialPart(of: point, timeIndex: timeIndex) { spatial in
      space.contains(spatial, tolerance: tolerance)
    }
  }

  package var interiorUnitDimension: Int { space.interiorUnitDimension + 1 }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let spatialUnits = UnsafeBufferPointer(rebasing: unit[0..<space.interiorUnitDimension])
    let kept = space.placeInterior(unit: spatialUnits, point: point)
    let u = unit[space.interiorUnitDimension]
    TimeAxis.insert(
      end - u * (end - start), into: point, at: timeIndex, spatialCount: space.dimension)
    return kept
  }

  package var boundaryPieceMeasures: [Double] {
    space.boundaryPieceMeasures.map { $0 * (end - start) }
  }

  package var boundaryPieceLabels: [[String]] { space.boundaryPieceLabels }

  package var boundaryPieceBoxes: [BoundingBox] {
    space.boundaryPieceBoxes.map { $0.inserting(start...end, at: timeIndex) }
  }

  package func mayMeet(_ box: BoundingBox, margin: Double) -> Bool {
    box.upper[timeIndex] >= start - margin && box.lower[timeIndex] <= end + margin
      && space.mayMeet(box.removing(axis: timeIndex), margin: margin)
  }

  package func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool {
    box.lower[timeIndex] >= start - tolerance && box.upper[timeIndex] <= end + tolerance
      && space.surelyContains(box.removing(axis: timeIndex), tolerance: tolerance)
  }

  package var volume: Double { space.volume * (end - start) }

  package var boundaryMeasure: Double { space.boundaryMeasure * (end - start) }

  package var boundaryUnitDimension: Int { space.boundaryUnitDimension + 1 }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let spatialUnits = UnsafeBufferPointer(rebasing: unit[0..<space.boundaryUnitDimension])
    let kept = space.placeBoundary(piece: piece, unit: spatialUnits, point: point, normal: normal)
    let u = unit[space.boundaryUnitDimension]
    let count = space.dimension
    TimeAxis.insert(start + u * (end - start), into: point, at: timeIndex, spatialCount: count)
    TimeAxis.insert(0, into: normal, at: timeIndex, spatialCount: count)
    return kept
  }
}
