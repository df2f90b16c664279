import LossrunEngine
import Testing

@testable import LossrunTraining

@Suite struct GeometryTests {
  private let square = try! AxisBox(lower: [0, 0], upper: [1, 2])

  private func sample(
    _ geometry: any Geometry, _ region: RegionSampler.Region, predicate: PointPredicate? = nil,
    count: Int = 200, distribution: PointDistribution = .uniform
  ) throws -> PointBatch<Double> {
    var sampler = try RegionSampler(
      geometry: geometry, region: region, selection: predicate.map { PointSelection($0) },
      count: count,
      distribution: distribution, generator: RandomGenerator(seed: 2))
    var batch = sampler.makeBatch(Double.self)
    try sampler.sample(into: &batch)
    return batch
  }

  private func contains(_ geometry: any Geometry, _ point: ArraySlice<Double>) -> Bool {
    Array(point).withUnsafeBufferPointer { geometry.contains($0, tolerance: 1e-12) }
  }

  @Test(arguments: [
    PointDistribution.uniform, .grid, .latinHypercube, .sobol(), .halton(scrambled: true),
  ])
  func interiorPointsLieInTheBox(distribution: PointDistribution) throws {
    let batch = try sample(square, .interior, distribution: distribution)
    #expect(batch.normals.isEmpty)
    for i in 0..<batch.count { #expect(contains(square, batch.point(i))) }
  }

  @Test(arguments: [1, 2, 3])
  func boundaryPointsLieOnAFaceWithTheOutwardUnitNormal(dimension: Int) throws {
    let box = try AxisBox(
      lower: Array(repeating: -1, count: dimension), upper: Array(repeating: 2, count: dimension))
    for distribution in [PointDistribution.uniform, .sobol(), .grid] {
      let batch = try sample(box, .boundary, count: 64, distribution: distribution)
      for i in 0..<batch.count {
        let point = Array(batch.point(i))
        let normal = Array(batch.normal(i))
        #expect(abs(normal.map { $0 * $0 }.reduce(0, +) - 1) < 1e-15)
        let axis = try #require(normal.firstIndex { $0 != 0 })
        #expect(point[axis] == (normal[axis] > 0 ? 2 : -1))
        // Moving along the normal leaves the box; moving against it enters it.
        #expect(!contains(box, ArraySlice(zip(point, normal).map { $0 + 1e-3 * $1 })))
        #expect(contains(box, ArraySlice(zip(point, normal).map { $0 - 1e-3 * $1 })))
      }
    }
  }

  @Test func facesAreDrawnInProportionToTheirMeasure() throws {
    // Faces x = 0 and x = 1 have length 2, faces y = 0 and y = 2 have length 1.
    let batch = try sample(square, .boundary, count: 600, distribution: .sobol())
    var onXFaces = 0
    for i in 0..<batch.count where batch.normal(i).first != 0 { onXFaces += 1 }
    #expect(abs(onXFaces - 400) <= 2)  // low discrepancy: off by at most a point or two
  }

  @Test func predicateSelectsExactlyTheNamedFaces() throws {
    let predicate: PointPredicate = { $0[0] == 0 || $0[1] == 2 }
    let batch = try sample(square, .boundary, predicate: predicate, count: 300)
    var counts = (left: 0, top: 0)
    for i in 0..<batch.count {
      let point = batch.point(i)
      let normal = Array(batch.normal(i))
      #expect(point[point.startIndex] == 0 || point[point.startIndex + 1] == 2)
      if normal == [-1, 0] { counts.left += 1 } else if normal == [0, 1] { counts.top += 1 }
    }
    #expect(counts.left + counts.top == 300)
    #expect(counts.left > 150 && counts.top > 60)  // measure 2 : 1
  }

  @Test func predicateSelectingPartOfAFaceIsHonored() throws {
    let predicate: PointPredicate = { $0[1] == 0 && $0[0] < 0.5 }
    let batch = try sample(square, .boundary, predicate: predicate, count: 100)
    for i in 0..<batch.count {
      #expect(batch.point(i).last == 0 && batch.point(i).first! < 0.5)
      #expect(Array(batch.normal(i)) == [0, -1])
    }
  }

  @Test func predicateSelectingNothingIsAClearError() {
    let predicate: PointPredicate = { $0[0] == 5 }
    #expect(throws: SamplingError.self) {
      try sample(square, .boundary, predicate: predicate, count: 4)
    }
  }

  @Test func cornerPointsKeepTheirFaceNormal() {
    // The unit coordinate 0 puts a point of face x = 1 at the corner (1, 0).
    var point = [0.0, 0.0]
    var normal = [0.0, 0.0]
    let unit = [0.0]
    unit.withUnsafeBufferPointer { unit in
      point.withUnsafeMutableBufferPointer { p in
        normal.withUnsafeMutableBufferPointer { n in
          _ = square.placeBoundary(piece: 1, unit: unit, point: p, normal: n)
        }
      }
    }
    #expect(point == [1, 0] && normal == [1, 0])
  }

  @Test func intervalBoundaryIsItsTwoEndPointsEquallyOften() throws {
    let interval = try AxisBox(lower: [-1], upper: [3])
    let batch = try sample(interval, .boundary, count: 100, distribution: .sobol())
    #expect(batch.points.filter { $0 == -1 }.count == 50)
    #expect(batch.points.filter { $0 == 3 }.count == 50)
    #expect(batch.normals.filter { $0 == -1 }.count == 50)
  }

  @Test func spaceTimeCylinderRegions() throws {
    let cylinder = try SpaceTimeCylinder(space: square, start: 0, end: 0.5, timeIndex: 0)
    #expect(cylinder.boundingBox == BoundingBox(lower: [0, 0, 0], upper: [0.5, 1, 2]))
    let interior = try sample(cylinder, .interior, count: 100)
    for i in 0..<interior.count {
      let t = interior.point(i).first!
      #expect(t > 0 && t <= 0.5 && contains(cylinder, interior.point(i)))
    }
    let boundary = try sample(cylinder, .boundary, count: 100)
    for i in 0..<boundary.count {
      #expect(boundary.normal(i).first == 0)
      let spatial = Array(boundary.point(i).dropFirst())
      #expect(spatial[0] == 0 || spatial[0] == 1 || spatial[1] == 0 || spatial[1] == 2)
      #expect(contains(cylinder, boundary.point(i)))
    }
    let initial = try sample(cylinder.initialSlice, .interior, count: 50)
    for i in 0..<initial.count {
      #expect(initial.point(i).first == 0 && contains(cylinder.initialSlice, initial.point(i)))
    }
  }

  @Test func timeCanBeTheLastInput() throws {
    let interval = try AxisBox(lower: [0], upper: [1])
    let cylinder = try SpaceTimeCylinder(space: interval, start: 1, end: 2, timeIndex: 1)
    let boundary = try sample(cylinder, .boundary, count: 20)
    for i in 0..<boundary.count {
      let point = Array(boundary.point(i))
      #expect((point[0] == 0 || point[0] == 1) && point[1] >= 1 && point[1] < 2)
      #expect(Array(boundary.normal(i)) == [point[0] == 0 ? -1 : 1, 0])
    }
  }

  @Test func floatBatchesStayInsideTheBox() throws {
    var sampler = try RegionSampler(
      geometry: square, region: .interior, count: 100, distribution: .halton(),
      generator: RandomGenerator(seed: 0))
    var batch = sampler.makeBatch(Float.self)
    try sampler.sample(into: &batch)
    #expect(batch.points.allSatisfy { $0 >= 0 && $0 <= 2 })
  }

  @Test func invalidBoxesAreErrors() {
    #expect(throws: SamplingError.self) { try AxisBox(lower: [1], upper: [0]) }
    #expect(throws: SamplingError.self) { try AxisBox(lower: [0, .nan], upper: [1, 1]) }
    #expect(throws: SamplingError.self) {
      try SpaceTimeCylinder(space: square, start: 1, end: 1, timeIndex: 0)
    }
  }
}
