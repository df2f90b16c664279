/// Direction numbers of the Sobol sequence for its first 16 dimensions.
///
/// Each entry after the first gives a primitive polynomial over GF(2) of degree `degree`,
/// `x^s + a₁x^(s−1) + … + a_(s−1)x + 1`, with the inner coefficients packed as the bits of
/// `coefficients` (a₁ most significant), and the initial odd numbers m₁…m_s with m_k < 2^k.
/// These are the published values of Joe and Kuo ("new-joe-kuo-6.21201", dimensions 2–16);
/// dimension 1 is the van der Corput sequence in base 2 (all m_k = 1).
enum SobolDirectionNumbers {
  /// One dimension's polynomial and initial direction numbers.
  struct Entry {
    var degree: Int
    var coefficients: UInt32
    var initial: [UInt32]
  }

  /// The table, dimension 2 first.
  static let table: [Entry] = [
    Entry(degree: 1, coefficients: 0, initial: [1]),
    Entry(degree: 2, coefficients: 1, initial: [1, 3]),
    Entry(degree: 3, coefficients: 1, initial: [1, 3, 1]),
    Entry(degree: 3, coefficients: 2, initial: [1, 1, 1]),
    Entry(degree: 4, coefficients: 1, initial: [1, 1, 3, 3]),
    Entry(degree: 4, coefficients: 4, initial: [1, 3, 5, 13]),
    Entry(degree: 5, coefficients: 2, initial: [1, 1, 5, 5, 17]),
    Entry(degree: 5, coefficients: 4, initial: [1, 1, 5, 5, 5]),
    Entry(degree: 5, coefficients: 7, initial: [1, 1, 7, 11, 19]),
    Entry(degree: 5, coefficients: 11, initial: [1, 1, 5, 1, 1]),
    Entry(degree: 5, coefficients: 13, initial: [1, 1, 1, 3, 11]),
    Entry(degree: 5, coefficients: 14, initial: [1, 3, 5, 5, 31]),
    Entry(degree: 6, coefficients: 1, initial: [1, 3, 3, 9, 7, 49]),
    Entry(degree: 6, coefficients: 13, initial: [1, 1, 1, 15, 21, 21]),
    Entry(degree: 6, coefficients: 16, initial: [1, 3, 1, 13, 27, 49]),
  ]

  /// The number of dimensions the table supports.
  static var maximumDimension: Int { table.count + 1 }

  /// The 32 direction words V_1…V_32 (`m_k · 2^(32−k)`) of a dimension (0-based).
  static func directions(dimension: Int) -> [UInt32] {
    let bits = SobolSequence.bitCount
    guard dimension > 0 else {
      return (0..<bits).map { UInt32(1) << UInt32(bits - 1 - $0) }
    }
    let entry = table[dimension - 1]
    let s = entry.degree
    var m = entry.initial
    for k in s..<bits {
      // m_k = 2a₁m_(k−1) ⊕ 4a₂m_(k−2) ⊕ … ⊕ 2^s m_(k−s) ⊕ m_(k−s)   (0-based k)
      var value = m[k - s] ^ (m[k - s] << UInt32(s))
      for j in 1..<s where (entry.coefficients >> UInt32(s - 1 - j)) & 1 == 1 {
        value ^= m[k - j] << UInt32(j)
      }
      m.append(value)
    }
    return (0..<bits).map { m[$0] << UInt32(bits - 1 - $0) }
  }
}
