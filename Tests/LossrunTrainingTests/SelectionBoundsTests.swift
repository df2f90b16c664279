import LossrunCheck
import LossrunEngine
import Testing

@testable import LossrunTraining

/// Interval proofs of selections: what they prove over a box holds at every point of it, and they
/// decide the cases samplers meet (a hole's rim inside `abs(x) < 0.45`, a face `x == 0`).
@Suite struct SelectionBoundsTests {
  private static let x = ResolvedExpression.input(0)
  private static let y = ResolvedExpression.input(1)

  /// `abs(x) < 0.45 and abs(y) < 0.45`.
  private static let inner = ResolvedPredicate.and(
    .comparison(.less, .function(.abs, x), .number(0.45)),
    .comparison(.less, .function(.abs, y), .number(0.45)))

  private static func box(_ lower: [Double], _ upper: [Double]) -> BoundingBox {
    BoundingBox(lower: lower, upper: upper)
  }

  @Test func decidesTheBoxesSamplersMeet() {
    #expect(
      SelectionBounds.truth(
        of: Self.inner, over: Self.box([0.2, 0.2], [0.4, 0.4]), parameters: []) == true)
    #expect(
      SelectionBounds.truth(
        of: Self.inner, over: Self.box([0.5, -0.5], [0.5, 0.5]), parameters: []) == false)
    #expect(
      SelectionBounds.truth(of: Self.inner, over: Self.box([0.4, 0], [0.5, 0.1]), parameters: [])
        == nil)
    let face = ResolvedPredicate.comparison(.equal, Self.x, .number(0))
    #expect(
      SelectionBounds.truth(of: face, over: Self.box([0, 0], [0, 1]), parameters: []) == true)
    #expect(
      SelectionBounds.truth(of: face, over: Self.box([1, 0], [1, 1]), parameters: []) == false)
    #expect(
      SelectionBounds.truth(of: face, over: Self.box([0, 0], [1, 0]), parameters: []) == nil)
  }

  @Test func unboundedOperationsProveNothing() {
    let logarithm = ResolvedPredicate.comparison(
      .less, .function(.log, Self.x), .number(100))
    #expect(
      SelectionBounds.truth(of: logarithm, over: Self.box([1, 1], [2, 2]), parameters: []) == nil)
    let quotient = ResolvedPredicate.comparison(
      .less, .binary(.divide, .number(1), Self.x), .number(100))
    #expect(
      SelectionBounds.truth(of: quotient, over: Self.box([-1, 0], [1, 1]), parameters: []) == nil)
    #expect(
      SelectionBounds.truth(of: quotient, over: Self.box([1, 0], [2, 1]), parameters: []) == true)
  }

  /// For random boxes, a proof agrees with the point test at random points of the box.
  @Test func proofsAgreeWithThePointTest() throws {
    let r2 = ResolvedExpression.binary(
      .add, .binary(.multiply, Self.x, Self.x), .binary(.multiply, Self.y, Self.y))
    let predicates: [ResolvedPredicate] = [
      Self.inner,
      .or(
        .comparison(.greater, r2, .number(0.3)),
        .not(.comparison(.lessOrEqual, Self.y, .parameter(0)))),
      .comparison(
        .greaterOrEqual,
        .binary(.subtract, .function(.exp, Self.x), .function(.sqrt, .function(.abs, Self.y))),
        .binary(.maximum, Self.y, .number(0.5))),
      .comparison(
        .less, .binary(.minimum, .function(.tanh, Self.x), .function(.sin, Self.y)),
        .negate(.number(0.2))),
    ]
    var generator = RandomGenerator(seed: 3)
    for predicate in predicates {
      let test = try #require(PointFunction.predicate(predicate, parameters: [0.1]))
      var decided = 0
      for _ in 0..<400 {
        let centre = (0..<2).map { _ in generator.nextUniform(in: -1, 1) }
        let half = (0..<2).map { _ in 0.3 * generator.nextUnitDouble() }
        let box = Self.box(
          [centre[0] - half[0], centre[1] - half[1]], [centre[0] + half[0], centre[1] + half[1]])
        guard let truth = SelectionBounds.truth(of: predicate, over: box, parameters: [0.1]) else {
          continue
        }
        decided += 1
        for _ in 0..<50 {
          let point = (0..<2).map { generator.nextUniform(in: box.lower[$0], box.upper[$0]) }
          #expect(point.withUnsafeBufferPointer { test($0) } == truth, "\(predicate) at \(point)")
        }
      }
      #expect(decided > 40, "\(predicate): only \(decided) of 400 boxes decided")
    }
  }
}
