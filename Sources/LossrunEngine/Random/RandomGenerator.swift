/// lossrun's one pseudo-random generator: xoshiro256** (Blackman and Vigna, 2018).
///
/// It lives in the engine, the lowest target that draws numbers (weight initialization), so
/// training (samplers) and tests use the same one. The 256-bit state is filled from a 64-bit seed
/// by ``SplitMix64``; the all-zero state, the only
/// one xoshiro cannot leave, is unreachable that way. Outputs are 64-bit words with a period of
/// 2^256 − 1. The generator is a plain value: copying it forks the stream, and saving and
/// restoring ``state`` resumes it bit for bit.
///
/// Independent streams for different purposes (network initialization, each sampler, a weighting
/// rule) come from ``init(seed:stream:)``, which mixes the run's seed with a stream id, so adding a
/// sampler never shifts the numbers another sampler draws.
public struct RandomGenerator: RandomNumberGenerator, Hashable, Sendable, Codable {
  /// The four state words, saved and restored for bit-exact resume.
  public var state: (UInt64, UInt64, UInt64, UInt64) {
    get { (s0, s1, s2, s3) }
    set { (s0, s1, s2, s3) = newValue }
  }

  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// Creates the generator of stream 0 for `seed`.
  public init(seed: UInt64) {
    var expander = SplitMix64(seed: seed)
    s0 = expander.next()
    s1 = expander.next()
    s2 = expander.next()
    s3 = expander.next()
  }

  /// Creates the generator of stream `stream` for `seed`.
  ///
  /// The SplitMix64 expander starts from `seed ⊕ mix(stream + 1)` rather than `seed`, so streams
  /// of one seed are unrelated, and stream 0 equals ``init(seed:)``.
  public init(seed: UInt64, stream: UInt64) {
    self.init(seed: stream == 0 ? seed : seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
  }

  /// Creates the generator of a stream named by a string, such as `"sampler:interior"`.
  ///
  /// The name is hashed with 64-bit FNV-1a over its UTF-8 bytes, which is stable across runs,
  /// platforms and Swift versions (unlike `Hasher`).
  public init(seed: UInt64, streamName: String) {
    self.init(seed: seed, stream: Self.streamID(named: streamName))
  }

  /// Restores a generator from saved state words; returns nil for the invalid all-zero state.
  public init?(state: (UInt64, UInt64, UInt64, UInt64)) {
    guard state != (0, 0, 0, 0) else { return nil }
    (s0, s1, s2, s3) = state
  }

  /// The stream id of a stream name: FNV-1a (64 bit) of its UTF-8 bytes.
  public static func streamID(named name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Returns the next 64-bit output and advances the state.
  ///
  /// Inlinable, so the samplers and initializers of other modules draw without a call.
  @inlinable
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  @inlinable
  func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
  }

  /// Two generators are equal when their states are.
  public static func == (lhs: RandomGenerator, rhs: RandomGenerator) -> Bool {
    lhs.state == rhs.state
  }

  /// Hashes the state.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(s0)
    hasher.combine(s1)
    hasher.combine(s2)
    hasher.combine(s3)
  }
}
