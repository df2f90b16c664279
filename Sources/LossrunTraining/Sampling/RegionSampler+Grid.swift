extension RegionSampler {
  /// Fills `batch` with a grid restricted to the region, when the first grid of ``count`` points
  /// lost `firstAccepted < count` points to the geometry or the predicate.
  ///
  /// The grid is refined (its point count scaled by the share lost, plus 2%) until at least
  /// ``count`` of its points are kept; then ``count`` of the kept points are taken at even
  /// strides, so the points stay a regular lattice restricted to the region (thinned evenly when
  /// more were kept). Gives up, like every redraw, after ``maximumDrawsPerPoint`` times ``count``
  /// grid points.
  mutating func sampleGrid<Scalar: BinaryFloatingPoint & Sendable>(
    into batch: inout PointBatch<Scalar>, firstAccepted: Int
  ) throws(SamplingError) {
    var size = count
    var kept = firstAccepted
    let limit = count * Self.maximumDrawsPerPoint
    while true {
      let share = Double(max(kept, 1)) / Double(size)
      size = Int((Double(count) / share * 1.02).rounded(.up)) + 1
      guard size <= limit else {
        throw SamplingError(
          "a grid of \(size) points would be needed to place \(count) in the region; it "
            + "selects (almost) nothing of the \(region == .interior ? "interior" : "boundary")")
      }
      var candidates = PointBatch<Double>(
        dimension: geometry.dimension, count: size, hasNormals: hasNormals)
      var units: [Double] = []
      try state.draw(count: size, into: &units)
      swap(&units, &unitScratch)
      kept = placeCandidates(size, accepted: 0, into: &candidates, wanted: size)
      swap(&units, &unitScratch)
      guard kept >= count else { continue }
      let dimension = geometry.dimension
      for index in 0..<count {
        let source = index * kept / count
        for axis in 0..<dimension {
          batch.points[index * dimension + axis] = Scalar(
            candidates.points[source * dimension + axis])
          if hasNormals {
            batch.normals[index * dimension + axis] = Scalar(
              candidates.normals[source * dimension + axis])
          }
        }
      }
      return
    }
  }
}
