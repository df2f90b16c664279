import LossrunEngine
import Testing

@testable import LossrunTraining

@Suite struct PointSetTests {
  private func draw(_ distribution: PointDistribution, count: Int, dimension: Int) throws
    -> [Double]
  {
    var sampler = try UnitCubeSampler(
      distribution: distribution, dimension: dimension, generator: RandomGenerator(seed: 1))
    var points: [Double] = []
    try sampler.draw(count: count, into: &points)
    return points
  }

  /// Whether the points' projection on `axis` has exactly one point per interval of width 1/n.
  private func stratifies(_ points: [Double], dimension: Int, axis: Int, strata: Int) -> Bool {
    var seen = Array(repeating: 0, count: strata)
    for i in 0..<(points.count / dimension) {
      seen[Int(points[i * dimension + axis] * Double(strata))] += 1
    }
    return seen.allSatisfy { $0 == 1 }
  }

  @Test(arguments: [
    PointDistribution.uniform, .grid, .latinHypercube, .sobol(), .halton(),
    .sobol(randomShift: true), .halton(scrambled: true, skip: 5),
  ])
  func everyDistributionStaysInTheHalfOpenUnitCube(distribution: PointDistribution) throws {
    let points = try draw(distribution, count: 37, dimension: 3)
    #expect(points.count == 37 * 3)
    #expect(points.allSatisfy { $0 >= 0 && $0 < 1 })
  }

  @Test func sobolFirstPointsAreTheKnownSequence() throws {
    let points = try draw(.sobol(), count: 4, dimension: 2)
    #expect(points == [0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75])
  }

  @Test func sobolDirectionNumbersAreValid() {
    for entry in SobolDirectionNumbers.table {
      #expect(entry.initial.count == entry.degree)
      for (k, m) in entry.initial.enumerated() {
        #expect(m % 2 == 1 && m < (1 << (k + 1)))
      }
    }
  }

  @Test func sobolEveryOneDimensionalProjectionStratifiesPerfectly() throws {
    let dimension = SobolSequence.maximumDimension
    for k in 1...8 {
      let points = try draw(.sobol(), count: 1 << k, dimension: dimension)
      for axis in 0..<dimension {
        #expect(stratifies(points, dimension: dimension, axis: axis, strata: 1 << k))
      }
    }
    let shifted = try draw(.sobol(randomShift: true), count: 64, dimension: 4)
    for axis in 0..<4 { #expect(stratifies(shifted, dimension: 4, axis: axis, strata: 64)) }
  }

  @Test func sobolRunsEqualThePointsComputedFromTheirIndices() throws {
    // `fill` steps by the Gray-code recurrence; every point must equal the direct formula, from
    // any start (a resumed stream starts mid-sequence).
    let sequence = try SobolSequence(dimension: 5, shifts: [0, 7, 1 << 31, 12345, 99])
    for start in [0, 1, 6, 1023, 1 << 20] as [UInt64] {
      var run = [Double](repeating: 0, count: 5 * 300)
      try run.withUnsafeMutableBufferPointer {
        try sequence.fill(start: start, count: 300, into: $0)
      }
      for i in 0..<300 {
        for j in 0..<5 {
          let word = sequence.integerCoordinate(index: start + UInt64(i), dimension: j)
          #expect(run[5 * i + j] == Double(word) * 0x1.0p-32, "start \(start) point \(i)")
        }
      }
    }
  }

  @Test func sobolFirstTwoDimensionsAreAZeroTwoNet() throws {
    // Every elementary box of area 2^-6 (2^a × 2^(6−a) cells) holds exactly one of 64 points.
    let points = try draw(.sobol(), count: 64, dimension: 2)
    for a in 0...6 {
      var seen = Set<Int>()
      for i in 0..<64 {
        let cx = Int(points[2 * i] * Double(1 << a))
        let cy = Int(points[2 * i + 1] * Double(1 << (6 - a)))
        seen.insert(cx << 8 | cy)
      }
      #expect(seen.count == 64)
    }
  }

  @Test func sobolBatchesContinueTheSequence() throws {
    var sampler = try UnitCubeSampler(
      distribution: .sobol(), dimension: 2, generator: RandomGenerator(seed: 0))
    var first: [Double] = []
    var second: [Double] = []
    try sampler.draw(count: 8, into: &first)
    try sampler.draw(count: 8, into: &second)
    #expect(first + second == (try draw(.sobol(), count: 16, dimension: 2)))
  }

  @Test func haltonMatchesTheRadicalInverses() throws {
    let points = try draw(.halton(skip: 1), count: 3, dimension: 2)
    let expected = [1.0 / 2, 1.0 / 3, 1.0 / 4, 2.0 / 3, 3.0 / 4, 1.0 / 9]
    for (value, reference) in zip(points, expected) { #expect(abs(value - reference) < 1e-15) }
  }

  @Test func scrambledHaltonStillStratifiesEachBase() throws {
    // The first b^2 points in base b put one point in each interval of width b^-2.
    let points = try draw(.halton(scrambled: true), count: 25, dimension: 3)
    #expect(stratifies(points, dimension: 3, axis: 2, strata: 25))
    let plain = try draw(.halton(), count: 25, dimension: 3)
    #expect(points != plain)
  }

  @Test func latinHypercubeStratifiesEveryAxis() throws {
    let points = try draw(.latinHypercube, count: 50, dimension: 3)
    for axis in 0..<3 { #expect(stratifies(points, dimension: 3, axis: axis, strata: 50)) }
  }

  @Test func gridOfAPerfectPowerIsTheFullCellCenteredGrid() throws {
    let points = try draw(.grid, count: 9, dimension: 2)
    let third = 1.0 / 3
    #expect(abs(points[0] - third / 2) < 1e-15 && abs(points[1] - third / 2) < 1e-15)
    #expect(Set(points).count == 3)
    #expect(try GridLayout(count: 12, dimension: 2).axisCounts == [3, 4])
  }

  @Test func gridOfAnInexactCountLeavesOutEvenlySpreadCellsWithoutDuplicates() throws {
    let layout = try GridLayout(count: 10, dimension: 2)
    #expect(layout.axisCounts == [3, 4])
    let points = try draw(.grid, count: 10, dimension: 2)
    let pairs = Set((0..<10).map { [points[2 * $0], points[2 * $0 + 1]] })
    #expect(pairs.count == 10)
    let near = GridLayout.exactCounts(near: 10, dimension: 2)
    #expect(near.below == 9 && near.above == 12)
    #expect(try GridLayout(count: 7, dimension: 1).axisCounts == [7])
  }

  @Test func samplerStateResumesTheDraws() throws {
    var sampler = try UnitCubeSampler(
      distribution: .latinHypercube, dimension: 2, generator: RandomGenerator(seed: 4))
    var scratch: [Double] = []
    try sampler.draw(count: 5, into: &scratch)
    var copy = sampler
    var a: [Double] = []
    var b: [Double] = []
    try sampler.draw(count: 5, into: &a)
    try copy.draw(count: 5, into: &b)
    #expect(a == b && a != scratch)
  }

  @Test func tooManySobolDimensionsIsAnError() {
    #expect(throws: SamplingError.self) {
      try UnitCubeSampler(
        distribution: .sobol(), dimension: 40, generator: RandomGenerator(seed: 0))
    }
  }
}
