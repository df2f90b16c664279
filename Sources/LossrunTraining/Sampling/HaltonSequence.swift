import LossrunEngine

/// The Halton sequence: coordinate j of point n is the radical inverse of n in the j-th prime.
///
/// The radical inverse reflects the base-b digits of n about the radix point:
/// n = Σ d_k b^k  ↦  Σ π_j(d_k) b^(−k−1), where π_j is the identity, or, when scrambled, a random
/// permutation of the digits 1…b−1 that keeps 0 fixed (so trailing zeros stay zero and the sum is
/// finite). Scrambling breaks the correlation between high dimensions of the plain sequence.
package struct HaltonSequence: Hashable, Sendable, Codable {
  /// The number of coordinates per point.
  package let dimension: Int
  /// The prime base of each coordinate.
  package let bases: [Int]
  /// The digit permutation of each coordinate (`permutations[j][digit]`).
  package let permutations: [[Int]]

  /// Creates the plain sequence in `dimension` dimensions.
  package init(dimension: Int) throws(SamplingError) {
    guard dimension >= 1, dimension <= 64 else {
      throw SamplingError("the Halton sequence supports 1 to 64 dimensions, not \(dimension)")
    }
    self.dimension = dimension
    bases = Self.primes(count: dimension)
    permutations = bases.map { Array(0..<$0) }
  }

  /// Creates a scrambled sequence whose digit permutations are drawn from `generator`.
  package init(dimension: Int, scrambledBy generator: inout RandomGenerator) throws(SamplingError) {
    let plain = try HaltonSequence(dimension: dimension)
    self.dimension = dimension
    bases = plain.bases
    permutations = plain.bases.map { base in
      var digits = Array(0..<base)
      var i = base - 1
      while i > 1 {
        let k = 1 + generator.nextIndex(below: i)
        digits.swapAt(i, k)
        i -= 1
      }
      return digits
    }
  }

  /// The coordinate `j` of the point with index `index`.
  package func coordinate(index: UInt64, dimension j: Int) -> Double {
    let base = UInt64(bases[j])
    let inverseBase = 1 / Double(base)
    var scale = inverseBase
    var remaining = index
    var value = 0.0
    while remaining > 0 {
      let digit = Int(remaining % base)
      value += Double(permutations[j][digit]) * scale
      remaining /= base
      scale *= inverseBase
    }
    return UnitInterval.clampedBelowOne(value)
  }

  /// Writes the points `start ..< start + count` row-major into `output`.
  package func fill(start: UInt64, count: Int, into output: UnsafeMutableBufferPointer<Double>) {
    for i in 0..<count {
      for j in 0..<dimension {
        output[i * dimension + j] = coordinate(index: start + UInt64(i), dimension: j)
      }
    }
  }

  /// The first `count` primes.
  static func primes(count: Int) -> [Int] {
    var primes: [Int] = []
    var candidate = 2
    while primes.count < count {
      if primes.allSatisfy({ candidate % $0 != 0 }) { primes.append(candidate) }
      candidate += 1
    }
    return primes
  }
}
