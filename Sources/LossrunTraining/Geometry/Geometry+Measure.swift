extension Geometry {
  /// The volume estimated from `samples` Halton points of the bounding box: the share placed
  /// inside times the box's volume (deterministic; relative error about 1/√samples or better).
  package func estimatedVolume(samples: Int) -> Double {
    let box = boundingBox
    let boxVolume = (0..<dimension).reduce(1.0) { $0 * (box.upper[$1] - box.lower[$1]) }
    guard let halton = try? HaltonSequence(dimension: interiorUnitDimension) else { return 0 }
    var unit = Array(repeating: 0.0, count: interiorUnitDimension)
    var point = Array(repeating: 0.0, count: dimension)
    var kept = 0
    for index in 1...samples {
      for axis in unit.indices {
        unit[axis] = halton.coordinate(index: UInt64(index), dimension: axis)
      }
      let inside = unit.withUnsafeBufferPointer { unit in
        point.withUnsafeMutableBufferPointer { placeInterior(unit: unit, point: $0) }
      }
      if inside { kept += 1 }
    }
    return boxVolume * Double(kept) / Double(samples)
  }

  /// The boundary measure estimated from `samplesPerPiece` Halton points per piece: each piece's
  /// measure times the share of its placed points the geometry keeps.
  package func estimatedBoundaryMeasure(samplesPerPiece: Int) -> Double {
    let width = max(boundaryUnitDimension, 1)
    guard let halton = try? HaltonSequence(dimension: width) else { return 0 }
    var unit = Array(repeating: 0.0, count: width)
    var point = Array(repeating: 0.0, count: dimension)
    var normal = point
    var total = 0.0
    for (piece, measure) in boundaryPieceMeasures.enumerated() where measure > 0 {
      var kept = 0
      for index in 1...samplesPerPiece {
        for axis in unit.indices {
          unit[axis] = halton.coordinate(index: UInt64(index), dimension: axis)
        }
        let onBoundary = unit.withUnsafeBufferPointer { unit in
          point.withUnsafeMutableBufferPointer { point in
            normal.withUnsafeMutableBufferPointer { normal in
              placeBoundary(piece: piece, unit: unit, point: point, normal: normal)
            }
          }
        }
        if onBoundary { kept += 1 }
      }
      total += measure * Double(kept) / Double(samplesPerPiece)
    }
    return total
  }
}
