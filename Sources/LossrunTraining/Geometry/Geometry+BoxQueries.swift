/// The conservative answers every geometry can give from its bounding box alone.
extension Geometry {
  package var boundaryPieceBoxes: [BoundingBox] {
    Array(repeating: boundingBox, count: boundaryPieceMeasures.count)
  }

  package func mayMeet(_ box: BoundingBox, margin: Double) -> Bool {
    boundingBox.meets(box, margin: margin)
  }

  package func surelyContains(_ box: BoundingBox, tolerance: Double) -> Bool { false }
}
