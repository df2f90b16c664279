import LossrunEngine
import Testing

@testable import LossrunTraining

/// The box queries combinations and selections prove things with: every boundary piece lies in
/// its box, and `surelyContains` / `mayMeet` never claim what a point of the box contradicts.
@Suite struct BoxQueryTests {
  static func shapes() throws -> [(String, any Geometry)] {
    let box = try AxisBox(lower: [0, -1], upper: [2, 1])
    let cylinder = try SpaceTimeCylinder(
      space: try Ball(center: [0, 0], radius: 1), start: 0, end: 2, timeIndex: 1)
    return try ShapeGeometryTests.shapes() + [("box", box), ("cylinder", cylinder)]
  }

  private static func randomUnits(_ count: Int, _ generator: inout RandomGenerator) -> [Double] {
    (0..<count).map { _ in generator.nextUnitDouble() }
  }

  @Test(arguments: try shapes().map(\.0))
  func everyBoundaryPieceLiesInItsBox(name: String) throws {
    let shape = try #require(try Self.shapes().first { $0.0 == name }?.1)
    let boxes = shape.boundaryPieceBoxes
    #expect(boxes.count == shape.boundaryPieceMeasures.count)
    var generator = RandomGenerator(seed: 11)
    var point = [Double](repeating: 0, count: shape.dimension)
    var normal = point
    for (piece, box) in boxes.enumerated() {
      for _ in 0..<200 {
        let unit = Self.randomUnits(shape.boundaryUnitDimension, &generator)
        unit.withUnsafeBufferPointer { unit in
          point.withUnsafeMutableBufferPointer { point in
            normal.withUnsafeMutableBufferPointer { normal in
              _ = shape.placeBoundary(piece: piece, unit: unit, point: point, normal: normal)
            }
          }
        }
        let inside = point.withUnsafeBufferPointer { box.contains($0, margin: 1e-12) }
        #expect(inside, "\(name): piece \(piece) placed \(point) outside its box \(box)")
      }
    }
  }

  @Test(arguments: try shapes().map(\.0))
  func proofsHoldAtEveryPointOfTheBox(name: String) throws {
    let shape = try #require(try Self.shapes().first { $0.0 == name }?.1)
    var generator = RandomGenerator(seed: 5)
    let outer = shape.boundingBox
    var proven = 0
    for _ in 0..<300 {
      // A random box around a random point of the (slightly grown) bounding box.
      var lower: [Double] = []
      var upper: [Double] = []
      for axis in 0..<shape.dimension {
        let side = outer.upper[axis] - outer.lower[axis]
        let centre = outer.lower[axis] - 0.1 * side + 1.2 * side * generator.nextUnitDouble()
        let half = 0.3 * side * generator.nextUnitDouble()
        lower.append(centre - half)
        upper.append(centre + half)
      }
      let box = BoundingBox(lower: lower, upper: upper)
      let contained = shape.surelyContains(box, tolerance: 0)
      let apart = !shape.mayMeet(box, margin: 0)
      #expect(!(contained && apart), "\(name): \(box) both inside and apart")
      guard contained || apart else { continue }
      proven += 1
      for _ in 0..<100 {
        let point = (0..<shape.dimension).map {
          lower[$0] + (upper[$0] - lower[$0]) * generator.nextUnitDouble()
        }
        let inside = point.withUnsafeBufferPointer { shape.contains($0, tolerance: 0) }
        #expect(inside == contained, "\(name): \(point) of \(box) contradicts the proof")
      }
    }
    #expect(proven > 0, "\(name): no box was decided")
  }

  @Test func aHoleInsideThePlateIsProvenOnTheBoundary() throws {
    let plate = try AxisBox(lower: [-0.5, -0.5], upper: [0.5, 0.5])
    let hole = try Ball(center: [0.3, 0.3], radius: 0.1)
    #expect(plate.surelyContains(hole.boundingBox, tolerance: -1e-9))
    for face in plate.boundaryPieceBoxes { #expect(!hole.mayMeet(face, margin: 1e-9)) }
    // A disk reaching the plate's edge is not.
    let edgeHole = try Ball(center: [0.45, 0], radius: 0.1)
    #expect(!plate.surelyContains(edgeHole.boundingBox, tolerance: -1e-9))
    #expect(edgeHole.mayMeet(plate.boundaryPieceBoxes[1], margin: 0))
  }
}
