/// The SplitMix64 generator of Steele, Lea and Flood (2014), used only to expand the seeds of
/// ``RandomGenerator`` (so it is `package`: everything else draws from ``RandomGenerator``).
///
/// Each call adds the golden-ratio increment `0x9E3779B97F4A7C15` to a 64-bit counter and returns
/// the counter passed through a 64-bit finaliser (two xor-shift-multiply rounds). Every distinct
/// seed gives a distinct, well-mixed output stream, which makes it the standard way to fill the
/// 256-bit state of xoshiro256** from a single 64-bit seed.
package struct SplitMix64: RandomNumberGenerator, Hashable, Sendable, Codable {
  /// The counter; the whole state of the generator.
  package var state: UInt64

  /// Creates a generator whose counter starts at `seed`.
  package init(seed: UInt64) { state = seed }

  /// Advances the counter and returns the next output.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 finaliser: a bijective mixing of 64 bits.
  package static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
