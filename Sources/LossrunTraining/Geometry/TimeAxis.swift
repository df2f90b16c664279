/// Helpers that insert or remove the time coordinate of a space-time point in place.
enum TimeAxis {
  /// Shifts the spatial coordinates after `index` one place right and writes `value` at `index`;
  /// `buffer` holds the `spatialCount` spatial coordinates at its start and has room for one more.
  static func insert(
    _ value: Double, into buffer: UnsafeMutableBufferPointer<Double>, at index: Int,
    spatialCount: Int
  ) {
    var position = spatialCount
    while position > index {
      buffer[position] = buffer[position - 1]
      position -= 1
    }
    buffer[index] = value
  }

  /// Calls `body` with the point's spatial coordinates (the time coordinate removed), using a
  /// small stack buffer.
  static func withSpatialPart<Result>(
    of point: UnsafeBufferPointer<Double>, timeIndex: Int,
    _ body: (UnsafeBufferPointer<Double>) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: max(point.count - 1, 1)) { spatial in
      var next = 0
      for (position, value) in point.enumerated() where position != timeIndex {
        spatial[next] = value
        next += 1
      }
      return body(UnsafeBufferPointer(rebasing: spatial[0..<(point.count - 1)]))
    }
  }
}
