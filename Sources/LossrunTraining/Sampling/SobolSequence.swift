/// The Sobol low-discrepancy sequence in up to 16 dimensions, 32 bits per coordinate.
///
/// Point n is computed directly from its index: with the Gray code g = n ⊕ (n >> 1), coordinate j
/// is the xor of the direction words V_(j,k) for the set bits k of g, times 2^−32. The points of
/// one index range are therefore the same however they are batched, and any 2^k consecutive
/// points starting at a multiple of 2^k put exactly one point in each dyadic interval of length
/// 2^−k of every 1-D projection. Indices must stay below 2^32.
package struct SobolSequence: Hashable, Sendable, Codable {
  /// Bits per coordinate.
  package static let bitCount = 32
  /// The largest dimension supported by the direction-number table.
  package static var maximumDimension: Int { SobolDirectionNumbers.maximumDimension }

  /// The number of coordinates per point.
  package let dimension: Int
  /// Per-dimension xor masks (all zero unless digitally shifted).
  package let shifts: [UInt32]
  private let directions: [[UInt32]]

  /// Creates the sequence in `dimension` dimensions, optionally digitally shifted by `shifts`.
  package init(dimension: Int, shifts: [UInt32]? = nil) throws(SamplingError) {
    guard (1...Self.maximumDimension).contains(dimension) else {
      throw SamplingError(
        "the Sobol sequence supports 1 to \(Self.maximumDimension) dimensions, not \(dimension)")
    }
    self.dimension = dimension
    self.shifts = shifts ?? Array(repeating: 0, count: dimension)
    directions = (0..<dimension).map { SobolDirectionNumbers.directions(dimension: $0) }
  }

  /// The integer coordinates (before scaling by 2^−32) of the point with index `index`.
  package func integerCoordinate(index: UInt64, dimension j: Int) -> UInt32 {
    var gray = index ^ (index >> 1)
    var word = shifts[j]
    var bit = 0
    while gray != 0 {
      if gray & 1 == 1 { word ^= directions[j][bit] }
      gray >>= 1
      bit += 1
    }
    return word
  }

  /// Writes the points with indices `start ..< start + count` row-major into `output`, which must
  /// have room for `count · dimension` values; throws when the indices pass 2^32.
  package func fill(
    start: UInt64, count: Int, into output: UnsafeMutableBufferPointer<Double>
  ) throws(SamplingError) {
    guard start + UInt64(count) <= (UInt64(1) << 32) else {
      throw SamplingError("the Sobol sequence is exhausted after 2^32 points")
    }
    guard count > 0 else { return }
    // The first point from its index, the others by the Gray-code recurrence: gray(i + 1) and
    // gray(i) differ in bit ctz(i + 1), so each coordinate changes by one direction number
    // (the same words as `integerCoordinate`, at one XOR per coordinate).
    var words = (0..<dimension).map { integerCoordinate(index: start, dimension: $0) }
    for i in 0..<count {
      if i > 0 {
        let bit = (start + UInt64(i)).trailingZeroBitCount
        for j in 0..<dimension { words[j] ^= directions[j][bit] }
      }
      for j in 0..<dimension { output[i * dimension + j] = Double(words[j]) * 0x1.0p-32 }
    }
  }
}
