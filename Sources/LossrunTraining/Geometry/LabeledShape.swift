/// A shape with the name the spec gave it, so that a sampler can select `boundary of NAME`.
///
/// Everything is the named shape's; its boundary pieces gain the name at the end of their labels
/// (a piece of a named part of a named combination carries both names).
package struct LabeledShape: Geometry {
  /// The name.
  package let name: String
  /// The shape.
  package let shape: any Geometry

  /// Names `shape`.
  package init(name: String, shape: any Geometry) {
    self.name = name
    self.shape = shape
  }

  package var dimension: Int { shape.dimension }
  package var boundingBox: BoundingBox { shape.boundingBox }

  package func contains(_ point: UnsafeBufferPointer<Double>, tolerance: Double) -> Bool {
    shape.contains(point, tolerance: tolerance)
  }

  package var interiorUnitDimension: Int { shape.interiorUnitDimension }

  package func placeInterior(
    unit: UnsafeBufferPointer<Double>, point: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    shape.placeInterior(unit: unit, point: point)
  }

  package var boundaryPieceMeasures: [Double] { shape.boundaryPieceMeasures }
  package var boundaryPieceLabels: [[String]] { shape.boundaryPieceLabels.map { $0 + [name] } }
  package var boundaryUnitDimension: Int { shape.boundaryUnitDimension }
  package var boundaryPieceBoxes: [BoundingBox] { shape.boundaryPieceBoxes }

  package func mayMeet(_ box: BoundingBox, margin: Double) -> Bool {
    shape.mayMeet(box, margin: margin)
  }

  package func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool {
    shape.surelyContains(box, tolerance: tolerance)
  }

  package func placeBoundary(
    piece: Int, unit: UnsafeBufferPointer<Double>,
    point: UnsafeMutableBufferPointer<Double>, normal: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    shape.placeBoundary(piece: piece, unit: unit, point: point, normal: normal)
  }

  package var volume: Double { shape.volume }
  package var boundaryMeasure: Double { shape.boundaryMeasure }
}
