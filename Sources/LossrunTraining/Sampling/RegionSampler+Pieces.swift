extension RegionSampler {
  /// The pieces of `candidates` where the predicate holds at some probe point, or every one of
  /// them when it holds at none (or there is no predicate).
  static func selectedPieces(
    of geometry: any Geometry, measures: [Double], among candidates: [Int],
    predicate: PointPredicate?
  ) -> [Int] {
    let all = candidates.filter { measures[$0] > 0 }
    guard let predicate else { return all }
    let probes = probeUnits(dimension: geometry.boundaryUnitDimension)
    var point = Array(repeating: 0.0, count: geometry.dimension)
    var normal = point
    let selected = all.filter { piece in
      probes.contains { probe in
        probe.withUnsafeBufferPointer { unit in
          point.withUnsafeMutableBufferPointer { point in
            normal.withUnsafeMutableBufferPointer { normal in
              _ = geometry.placeBoundary(piece: piece, unit: unit, point: point, normal: normal)
            }
          }
        }
        return point.withUnsafeBufferPointer { predicate($0) }
      }
    }
    return selected.isEmpty ? all : selected
  }

  /// Probe points inside a piece: the 3^k grid at ¼, ½, ¾ and the first 32 Halton points.
  static func probeUnits(dimension: Int) -> [[Double]] {
    guard dimension > 0 else { return [[]] }
    var probes: [[Double]] = [[]]
    for _ in 0..<dimension {
      probes = probes.flatMap { prefix in [0.25, 0.5, 0.75].map { prefix + [$0] } }
    }
    if let halton = try? HaltonSequence(dimension: dimension) {
      for index in 1...32 {
        probes.append(
          (0..<dimension).map { halton.coordinate(index: UInt64(index), dimension: $0) })
      }
    }
    return probes
  }

  /// Cumulative sums of `measures`, divided by the total so the last is exactly 1.
  static func cumulative(_ measures: [Double]) -> [Double] {
    let total = measures.reduce(0, +)
    var running = 0.0
    var result = measures.map { measure -> Double in
      running += measure
      return running / total
    }
    if !result.isEmpty { result[result.count - 1] = 1 }
    return result
  }
}
