import Foundation
import LossrunEngine
import Testing

@testable import LossrunTraining

/// Shapes beyond the box and their CSG combinations: containment, boundary placement, outward
/// normals (holes included), measures, and sampling in proportion to area and length.
@Suite struct ShapeGeometryTests {
  static let distributions: [PointDistribution] = [
    .uniform, .grid, .latinHypercube, .sobol(randomShift: true), .halton(scrambled: true),
  ]

  /// A square plate with a circular hole, the hole named so samplers can select its boundary.
  static func plateWithHole() throws -> any Geometry {
    let plate = LabeledShape(
      name: "plate", shape: try AxisBox(lower: [-0.5, -0.5], upper: [0.5, 0.5]))
    let hole = LabeledShape(name: "hole", shape: try Ball(center: [0.3, 0.3], radius: 0.1))
    return try ConstructedShape(.difference, plate, hole)
  }

  static func shapes() throws -> [(String, any Geometry)] {
    let lShape = try Polygon(vertices: [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2]])
    let twoDisks = try ConstructedShape(
      .union, try Ball(center: [0, 0], radius: 1), try Ball(center: [1, 0], radius: 0.8))
    let lens = try ConstructedShape(
      .intersection, try Ball(center: [0, 0], radius: 1), try Ball(center: [1, 0], radius: 1))
    let nested = try ConstructedShape(
      .difference, twoDisks, try Polygon(vertices: [[0.2, -0.2], [0.6, -0.2], [0.4, 0.3]]))
    return [
      ("disk", try Ball(center: [1, -1], radius: 0.5)),
      ("ball", try Ball(center: [0, 0, 0], radius: 2)),
      ("ellipse", try Ellipse(center: [0, 1], semiAxes: [2, 0.5])),
      ("annulus", try Annulus(center: [0, 0], inner: 0.4, outer: 1)),
      ("triangle", try Polygon(vertices: [[0, 0], [0, 1], [1, 0]])),  // clockwise
      ("L-polygon", lShape),
      ("plate minus hole", try plateWithHole()),
      ("union", twoDisks),
      ("intersection", lens),
      ("nested", nested),
      (
        "box minus ball (3-D)",
        try ConstructedShape(
          .difference, try AxisBox(lower: [0, 0, 0], upper: [1, 1, 1]),
          try Ball(center: [0.5, 0.5, 0.5], radius: 0.3))
      ),
    ]
  }

  static func sample(
    _ geometry: any Geometry, _ region: RegionSampler.Region, count: Int,
    distribution: PointDistribution = .uniform, boundaryOf: String? = nil, seed: UInt64 = 7
  ) throws -> PointBatch<Double> {
    var sampler = try RegionSampler(
      geometry: geometry, region: region, boundaryOf: boundaryOf, count: count,
      distribution: distribution, generator: RandomGenerator(seed: seed))
    var batch = sampler.makeBatch(Double.self)
    try sampler.sample(into: &batch)
    return batch
  }

  static func contains(_ geometry: any Geometry, _ point: [Double], _ tolerance: Double) -> Bool {
    point.withUnsafeBufferPointer { geometry.contains($0, tolerance: tolerance) }
  }

  @Test func interiorPointsLieInsideEveryShape() throws {
    for (name, shape) in try Self.shapes() {
      for distribution in Self.distributions {
        let batch = try Self.sample(shape, .interior, count: 300, distribution: distribution)
        for i in 0..<batch.count {
          #expect(
            Self.contains(shape, Array(batch.point(i)), 0), "\(name), \(distribution), point \(i)")
        }
      }
    }
  }

  @Test func boundaryPointsLieOnTheBoundaryWithOutwardUnitNormals() throws {
    for (name, shape) in try Self.shapes() {
      for distribution in Self.distributions {
        let batch = try Self.sample(shape, .boundary, count: 300, distribution: distribution)
        for i in 0..<batch.count {
          let point = Array(batch.point(i))
          let normal = Array(batch.normal(i))
          let length = normal.map { $0 * $0 }.reduce(0, +).squareRoot()
          #expect(abs(length - 1) < 1e-12, "\(name): normal length \(length)")
          #expect(Self.contains(shape, point, 1e-9), "\(name): \(point) outside")
          #expect(!Self.contains(shape, point, -1e-9), "\(name): \(point) inside")
          let outside = zip(point, normal).map { $0 + 1e-5 * $1 }
          let inside = zip(point, normal).map { $0 - 1e-5 * $1 }
          #expect(!Self.contains(shape, outside, 0), "\(name): normal \(normal) at \(point)")
          #expect(Self.contains(shape, inside, 0), "\(name): normal \(normal) at \(point)")
        }
      }
    }
  }

  @Test func theHoleOfADifferenceHasNormalsIntoTheHole() throws {
    let batch = try Self.sample(try Self.plateWithHole(), .boundary, count: 400, boundaryOf: "hole")
    for i in 0..<batch.count {
      let offset = [batch.point(i).first! - 0.3, batch.point(i).last! - 0.3]
      let radius = (offset[0] * offset[0] + offset[1] * offset[1]).squareRoot()
      #expect(abs(radius - 0.1) < 1e-12)
      // The normal is −(p − c)/r: out of the plate, into the hole.
      #expect(abs(batch.normal(i).first! + offset[0] / radius) < 1e-12)
      #expect(abs(batch.normal(i).last! + offset[1] / radius) < 1e-12)
    }
  }

  @Test func boundaryPointsFollowLengthAcrossTheHoleAndThePlate() throws {
    // The hole's share of the perimeter is 0.2π / (4 + 0.2π); with n independent points the
    // count on the hole is binomial: allow four standard deviations.
    let count = 4000
    let share = 0.2 * Double.pi / (4 + 0.2 * Double.pi)
    let batch = try Self.sample(try Self.plateWithHole(), .boundary, count: count)
    var onHole = 0
    for i in 0..<count {
      let (x, y) = (batch.point(i).first! - 0.3, batch.point(i).last! - 0.3)
      if abs((x * x + y * y).squareRoot() - 0.1) < 1e-9 { onHole += 1 }
    }
    let deviation = (Double(count) * share * (1 - share)).squareRoot()
    #expect(abs(Double(onHole) - Double(count) * share) < 4 * deviation, "\(onHole) on the hole")
  }

  @Test func crossedBoundariesOfAUnionAreDrawnByTheirKeptLength() throws {
    // Two overlapping unit disks (centres 1 apart): each keeps an arc of 4π/3; the first disk's
    // points are those left of x = 0.5.
    let union = try ConstructedShape(
      .union, try Ball(center: [0, 0], radius: 1), try Ball(center: [1, 0], radius: 1))
    let count = 4000
    let batch = try Self.sample(union, .boundary, count: count, distribution: .halton())
    let left = (0..<count).count { batch.point($0).first! < 0.5 }
    #expect(abs(left - count / 2) < 20)
    #expect(abs(union.boundaryMeasure - 8 * Double.pi / 3) < 1e-2)
  }

  @Test(arguments: distributions)
  func interiorPointsFollowArea(distribution: PointDistribution) throws {
    // Two disjoint disks of radii 1 and 0.5: the small one holds a fifth of the area.
    let union = try ConstructedShape(
      .union, try Ball(center: [0, 0], radius: 1), try Ball(center: [3, 0], radius: 0.5))
    let count = 2000
    let batch = try Self.sample(union, .interior, count: count, distribution: distribution)
    let small = (0..<count).count { batch.point($0).first! > 2 }
    let deviation = (Double(count) * 0.2 * 0.8).squareRoot()
    #expect(abs(Double(small) - 0.2 * Double(count)) < 4 * deviation, "\(small) in the small disk")
  }

  @Test func measuresAreExactForPrimitivesAndEstimatedForCombinations() throws {
    let disk = try Ball(center: [0, 0], radius: 2)
    #expect(disk.volume == 4 * Double.pi && disk.boundaryMeasure == 4 * Double.pi)
    let ellipse = try Ellipse(center: [0, 0], semiAxes: [3, 1])
    let h = 0.25  // (a − b)² / (a + b)²
    let ramanujan = Double.pi * 4 * (1 + 3 * h / (10 + (4 - 3 * h).squareRoot()))
    #expect(abs(ellipse.boundaryMeasure - ramanujan) / ramanujan < 1e-5)
    let triangle = try Polygon(vertices: [[0, 0], [3, 0], [0, 4]])
    #expect(triangle.volume == 6 && triangle.boundaryMeasure == 12)
    let plate = try Self.plateWithHole()
    #expect(abs(plate.volume - (1 - 0.01 * Double.pi)) < 5e-3)
    #expect(abs(plate.boundaryMeasure - (4 + 0.2 * Double.pi)) < 1e-2)
  }

  @Test func aSelfIntersectingPolygonIsRejectedNamingItsEdges() {
    #expect(throws: SamplingError("the polygon intersects itself: edges 1 and 3 cross or touch")) {
      try Polygon(vertices: [[0, 0], [1, 1], [1, 0], [0, 1]])
    }
    #expect(throws: SamplingError.self) { try Polygon(vertices: [[0, 0], [1, 0], [2, 0]]) }
  }

  @Test func aDiskSweptOverTimeKeepsItsNormalsAndTimes() throws {
    let cylinder = try SpaceTimeCylinder(
      space: try Ball(center: [0, 0], radius: 1), start: 0, end: 2, timeIndex: 2)
    let batch = try Self.sample(cylinder, .boundary, count: 200, distribution: .sobol())
    for i in 0..<batch.count {
      let p = Array(batch.point(i))
      #expect(abs((p[0] * p[0] + p[1] * p[1]).squareRoot() - 1) < 1e-12)
      #expect(p[2] >= 0 && p[2] < 2 && batch.normal(i).last == 0)
    }
    #expect(abs(cylinder.volume - 2 * Double.pi) < 1e-12)
  }

  @Test func samplingIsDeterministicFromTheStream() throws {
    let first = try Self.sample(try Self.plateWithHole(), .interior, count: 256, seed: 3)
    let second = try Self.sample(try Self.plateWithHole(), .interior, count: 256, seed: 3)
    #expect(first.points == second.points)
  }
}
