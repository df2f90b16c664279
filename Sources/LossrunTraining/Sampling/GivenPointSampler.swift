import LossrunEngine

/// Serves points that are given rather than drawn: listed in the spec or read from a data file.
///
/// Without a batch size every row is served, in file order, every time. With one, each draw
/// picks `batch` distinct rows (a partial Fisher–Yates shuffle of all rows driven by the
/// sampler's own stream, ``state``), so successive steps see different mini-batches and a saved
/// stream redraws the same batch bit for bit. The rows of the current batch are kept
/// (``rows``) so the data columns can be loaded for the same points.
package struct GivenPointSampler: Sendable {
  /// Coordinates per point.
  package let dimension: Int
  /// Every row's coordinates, row-major.
  package let points: [Double]
  /// The number of rows.
  package let rowCount: Int
  /// Rows per draw; nil means every row.
  package let batch: Int?
  /// The stream the batches are drawn from; save and restore it to resume bit for bit.
  package var state: UnitCubeSampler
  /// The rows of the last draw, in batch order.
  package private(set) var rows: [Int]
  private var order: [Int]
  private var units: [Double] = []

  /// Creates a sampler of the `points.count / dimension` rows of `points`, serving `batch`
  /// rows per draw (every row when nil) from `generator`.
  package init(points: [Double], dimension: Int, batch: Int?, generator: RandomGenerator)
    throws(SamplingError)
  {
    guard dimension >= 1, !points.isEmpty, points.count % dimension == 0 else {
      throw SamplingError("given points need at least one row of one coordinate per input")
    }
    let rowCount = points.count / dimension
    if let batch, !(1...rowCount).contains(batch) {
      throw SamplingError("a batch of \(batch) rows needs from 1 to \(rowCount)")
    }
    self.dimension = dimension
    self.points = points
    self.rowCount = rowCount
    self.batch = batch
    state = try UnitCubeSampler(distribution: .uniform, dimension: 1, generator: generator)
    rows = Array(0..<(batch ?? rowCount))
    order = Array(0..<rowCount)
  }

  /// The points served per draw.
  package var count: Int { batch ?? rowCount }

  /// A batch of the right shape to ``sample(into:)`` (no normals).
  package func makeBatch<Scalar: BinaryFloatingPoint & Sendable>(
    _: Scalar.Type = Scalar.self
  ) -> PointBatch<Scalar> {
    PointBatch(dimension: dimension, count: count, hasNormals: false)
  }

  /// Picks the next rows (all of them without a batch) and writes their coordinates to `batch`.
  // Called through the `PointSampler` existential every step: without these, the call would
  // run the generic body unspecialized.
  @_specialize(where Scalar == Float)
  @_specialize(where Scalar == Double)
  package mutating func sample<Scalar: BinaryFloatingPoint & Sendable>(
    into output: inout PointBatch<Scalar>
  ) throws(SamplingError) {
    if let batch {
      try state.draw(count: batch, into: &units)
      for index in order.indices { order[index] = index }
      for slot in 0..<batch {
        let span = rowCount - slot
        let pick = slot + min(Int(units[slot] * Double(span)), span - 1)
        order.swapAt(slot, pick)
        rows[slot] = order[slot]
      }
    }
    for (point, row) in rows.enumerated() {
      for axis in 0..<dimension {
        output.points[point * dimension + axis] = Scalar(points[row * dimension + axis])
      }
    }
  }
}
