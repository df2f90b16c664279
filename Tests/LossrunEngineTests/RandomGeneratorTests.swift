import Foundation
import LossrunEngine
import Testing

@Suite struct RandomGeneratorTests {
  @Test func splitMixMatchesTheReferenceOutputForSeedZero() {
    // First output of SplitMix64 from state 0, as published with the reference implementation.
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
  }

  @Test func sameSeedGivesSameStreamAndDifferentSeedsDiffer() {
    var a = RandomGenerator(seed: 42)
    var b = RandomGenerator(seed: 42)
    var c = RandomGenerator(seed: 43)
    let first = (0..<8).map { _ in a.next() }
    #expect(first == (0..<8).map { _ in b.next() })
    #expect(first != (0..<8).map { _ in c.next() })
  }

  @Test func streamsAreIndependentOfEachOtherAndStreamZeroIsTheSeed() {
    var zero = RandomGenerator(seed: 7, stream: 0)
    var plain = RandomGenerator(seed: 7)
    #expect(zero.next() == plain.next())
    var one = RandomGenerator(seed: 7, stream: 1)
    var two = RandomGenerator(seed: 7, stream: 2)
    #expect(one.next() != two.next())
    var named = RandomGenerator(seed: 7, streamName: "sampler:interior")
    var same = RandomGenerator(seed: 7, stream: RandomGenerator.streamID(named: "sampler:interior"))
    #expect(named.next() == same.next())
  }

  @Test func savedStateResumesBitForBit() throws {
    var generator = RandomGenerator(seed: 3)
    for _ in 0..<10 { _ = generator.next() }
    let saved = generator.state
    let expected = (0..<5).map { _ in generator.next() }
    var restored = try #require(RandomGenerator(state: saved))
    #expect((0..<5).map { _ in restored.next() } == expected)
    #expect(RandomGenerator(state: (0, 0, 0, 0)) == nil)
  }

  @Test func codableRoundTripKeepsTheState() throws {
    var generator = RandomGenerator(seed: 11)
    _ = generator.next()
    let data = try JSONEncoder().encode(generator)
    var decoded = try JSONDecoder().decode(RandomGenerator.self, from: data)
    #expect(decoded == generator)
    #expect(decoded.next() == generator.next())
  }

  @Test func uniformDrawsAreInTheUnitIntervalWithTheRightMean() {
    var generator = RandomGenerator(seed: 1)
    let n = 20_000
    var sum = 0.0
    for _ in 0..<n {
      let u = generator.nextUnitDouble()
      #expect(u >= 0 && u < 1)
      sum += u
    }
    #expect(abs(sum / Double(n) - 0.5) < 0.01)
    let f: Float = generator.nextUnit()
    #expect(f >= 0 && f < 1)
  }

  @Test func normalDrawsHaveMeanZeroAndVarianceOne() {
    var generator = RandomGenerator(seed: 5)
    let n = 20_000
    let draws = (0..<n).map { _ in generator.nextNormal() }
    let mean = draws.reduce(0, +) / Double(n)
    let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)
    #expect(abs(mean) < 0.03)
    #expect(abs(variance - 1) < 0.04)
    #expect(draws.allSatisfy { $0.isFinite })
  }

  @Test func indexDrawsCoverTheRangeUniformly() {
    var generator = RandomGenerator(seed: 9)
    var counts = Array(repeating: 0, count: 5)
    for _ in 0..<5000 { counts[generator.nextIndex(below: 5)] += 1 }
    #expect(counts.allSatisfy { abs($0 - 1000) < 120 })
    #expect(generator.nextIndex(below: 1) == 0)
  }
}
