import LossrunEngine

/// Draws batches of points in the unit cube [0, 1)^d from one ``PointDistribution``.
///
/// A sampler is a value holding everything that determines its next batch: its own random
/// stream, the next index of a low-discrepancy sequence, and any scrambling drawn at creation.
/// Saving and restoring it resumes the draws bit for bit. Successive batches of a Sobol or Halton
/// sampler continue the sequence (so resampling gives fresh, still well-spread points); a grid
/// gives the same points every time; uniform and Latin hypercube draw fresh random points.
package struct UnitCubeSampler: Hashable, Sendable, Codable {
  /// The layout of the points.
  package let distribution: PointDistribution
  /// Coordinates per point.
  package let dimension: Int
  /// The sampler's random stream.
  package private(set) var generator: RandomGenerator
  /// The index of the next low-discrepancy point.
  package private(set) var nextIndex: UInt64
  private let sobol: SobolSequence?
  private let halton: HaltonSequence?

  /// Creates a sampler of `dimension`-dimensional points drawing from `generator`.
  package init(
    distribution: PointDistribution, dimension: Int, generator: RandomGenerator
  ) throws(SamplingError) {
    guard dimension >= 1 else { throw SamplingError("points need at least one coordinate") }
    self.distribution = distribution
    self.dimension = dimension
    var generator = generator
    switch distribution {
    case .sobol(let randomShift, let skip):
      let shifts = (0..<dimension).map { _ in
        randomShift ? UInt32(truncatingIfNeeded: generator.next() >> 32) : 0
      }
      sobol = try SobolSequence(dimension: dimension, shifts: shifts)
      halton = nil
      nextIndex = skip
    case .halton(let scrambled, let skip):
      halton =
        scrambled
        ? try HaltonSequence(dimension: dimension, scrambledBy: &generator)
        : try HaltonSequence(dimension: dimension)
      sobol = nil
      nextIndex = skip
    case .uniform, .grid, .latinHypercube:
      sobol = nil
      halton = nil
      nextIndex = 0
    }
    self.generator = generator
  }

  /// Writes `count` points row-major into `output` (resized to `count · dimension`).
  package mutating func draw(count: Int, into output: inout [Double]) throws(SamplingError) {
    guard count >= 0 else { throw SamplingError("a point count cannot be negative") }
    let total = count * dimension
    if output.count != total { output = Array(repeating: 0, count: total) }
    try output.withUnsafeMutableBufferPointer { (buffer) throws(SamplingError) in
      try draw(count: count, into: buffer)
    }
  }

  /// Writes `count` points row-major into a buffer of `count · dimension` values.
  package mutating func draw(
    count: Int, into output: UnsafeMutableBufferPointer<Double>
  ) throws(SamplingError) {
    switch distribution {
    case .uniform:
      for i in 0..<(count * dimension) { output[i] = generator.nextUnitDouble() }
    case .grid:
      try GridLayout(count: count, dimension: dimension).fill(into: output)
    case .latinHypercube:
      drawLatinHypercube(count: count, into: output)
    case .sobol:
      try sobol?.fill(start: nextIndex, count: count, into: output)
      nextIndex += UInt64(count)
    case .halton:
      halton?.fill(start: nextIndex, count: count, into: output)
      nextIndex += UInt64(count)
    }
  }

  /// One stratum per point on every axis, strata shuffled independently per axis
  /// (Fisher–Yates), a uniform offset inside each stratum.
  private mutating func drawLatinHypercube(
    count: Int, into output: UnsafeMutableBufferPointer<Double>
  ) {
    var strata = Array(0..<count)
    for axis in 0..<dimension {
      var i = count - 1
      while i > 0 {
        strata.swapAt(i, generator.nextIndex(below: i + 1))
        i -= 1
      }
      for point in 0..<count {
        let value = (Double(strata[point]) + generator.nextUnitDouble()) / Double(count)
        output[point * dimension + axis] = UnitInterval.clampedBelowOne(value)
      }
    }
  }
}
