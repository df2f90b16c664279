import Foundation
import LossrunCheck
import LossrunEngine
import Testing

@testable import LossrunTraining

/// Residual-based adaptive sampling: the choices of RAR, RAD and R3 on a planted residual peak
/// (pure functions of the magnitudes), then the same through the engine, where the residual of
/// a term with a sharp peak at (0.3, 0.7) is evaluated on the candidates in a forward pass.
@Suite struct AdaptiveSamplingTests {
  static let peak = (x: 0.3, y: 0.7)

  /// `count` uniform points of the unit square and their planted residual magnitude, a
  /// Gaussian of width 0.05 at ``peak``.
  static func planted(count: Int, seed: UInt64) -> (points: [(Double, Double)], r: [Double]) {
    var generator = RandomGenerator(seed: seed)
    let points = (0..<count).map { _ in (generator.nextUnitDouble(), generator.nextUnitDouble()) }
    let r = points.map { exp(-(distanceSquared($0)) / (2 * 0.05 * 0.05)) }
    return (points, r)
  }

  static func distanceSquared(_ p: (Double, Double)) -> Double {
    (p.0 - peak.x) * (p.0 - peak.x) + (p.1 - peak.y) * (p.1 - peak.y)
  }

  /// The share of `points` within `radius` of the peak.
  static func shareNearPeak(_ points: [(Double, Double)], radius: Double) -> Double {
    Double(points.count { distanceSquared($0) < radius * radius }) / Double(points.count)
  }

  @Test func radConcentratesTheRedrawnPointsAtThePeak() {
    let (pool, r) = Self.planted(count: 20_000, seed: 1)
    var generator = RandomGenerator(seed: 2)
    let picks = PointAdaptation.redistribution(r, count: 1000, k: 1, c: 1, generator: &generator)
    #expect(picks.count == 1000)
    #expect(Set(picks).count == 1000, "drawn without replacement")
    let uniformShare = Self.shareNearPeak(pool, radius: 0.1)
    let share = Self.shareNearPeak(picks.map { pool[$0] }, radius: 0.1)
    // Density r/mean(r) + 1: about half the draws fall near the peak, against 3% uniformly.
    #expect(share > 8 * uniformShare, "near the peak: \(share), uniform: \(uniformShare)")
    // k = 0 makes the density uniform.
    var uniform = RandomGenerator(seed: 2)
    let flat = PointAdaptation.redistribution(r, count: 1000, k: 0, c: 1, generator: &uniform)
    #expect(Self.shareNearPeak(flat.map { pool[$0] }, radius: 0.1) < 2 * uniformShare)
  }

  @Test func rarAddsExactlyTheLargestResiduals() {
    let (pool, r) = Self.planted(count: 5000, seed: 3)
    let picks = PointAdaptation.largest(r, count: 10)
    #expect(picks.count == 10)
    #expect(picks == Array(r.indices.sorted { r[$0] > r[$1] }.prefix(10)))
    let smallestPicked = picks.map { r[$0] }.min() ?? 0
    #expect(r.indices.filter { !picks.contains($0) }.allSatisfy { r[$0] <= smallestPicked })
    #expect(picks.allSatisfy { Self.distanceSquared(pool[$0]) < 0.05 * 0.05 })
  }

  @Test func r3RetainsThePointsAboveTheMean() {
    let (points, r) = Self.planted(count: 2000, seed: 4)
    let kept = PointAdaptation.retained(r)
    let mean = r.reduce(0, +) / Double(r.count)
    #expect(!kept.isEmpty && kept.count < r.count / 2)
    #expect(kept.allSatisfy { r[$0] > mean })
    #expect(r.indices.filter { !kept.contains($0) }.allSatisfy { r[$0] <= mean })
    #expect(Self.shareNearPeak(kept.map { points[$0] }, radius: 0.15) == 1)
  }

  @Test func nonFiniteResidualsCountAsZero() {
    var generator = RandomGenerator(seed: 5)
    let picks = PointAdaptation.redistribution(
      [.nan, 0, .infinity, 0], count: 2, k: 1, c: 0, generator: &generator)
    #expect(picks.count == 2)  // every density is 0: uniform
    #expect(PointAdaptation.largest([.nan, 1, 2], count: 1) == [2])
  }

  // MARK: Through the engine

  /// A spec whose only term has a residual with a sharp peak at (0.3, 0.7) (a tiny learning
  /// rate keeps the network, and so the peak, in place), its interior sampler adapted by
  /// `adapt`.
  static func peakSpec(_ adapt: String, points: Int = 400, steps: Int = 3) -> String {
    """
    name: peak
    inputs: { x: [0, 1], y: [0, 1] }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      inside: { region: interior, points: \(points), adapt: \(adapt) }
    terms:
      bump: { on: inside, residual: "u - 100*exp(-((x - 0.3)^2 + (y - 0.7)^2)/0.005)" }
    training: { optimizer: sgd, lr: 1e-12, steps: \(steps), seed: 7, precision: float64 }
    """
  }

  static func loop(_ text: String) throws -> TrainingLoop<Double> {
    let spec = try #require(RunTestSupport.checked(text))
    return try TrainingLoop<Double>(
      problem: LoweredProblem(spec: spec, evaluation: nil), threads: 1)
  }

  static func currentPoints(_ loop: TrainingLoop<Double>) -> [(Double, Double)] {
    let x = loop.samplers.coordinates(entry: 0, input: 0)
    let y = loop.samplers.coordinates(entry: 0, input: 1)
    return Array(zip(x, y))
  }

  @Test func radThroughTheEngineGathersThePointsAtThePeak() throws {
    let loop = try Self.loop(Self.peakSpec("{ method: rad, every: 2, pool: 8000 }"))
    _ = try loop.step(0, perTermWanted: true, evaluate: false)
    let before = Self.shareNearPeak(Self.currentPoints(loop), radius: 0.1)
    _ = try loop.step(1, perTermWanted: true, evaluate: false)
    _ = try loop.step(2, perTermWanted: true, evaluate: false)  // an update step
    let after = Self.currentPoints(loop)
    #expect(after.count == 400)
    #expect(after.allSatisfy { (0...1).contains($0.0) && (0...1).contains($0.1) })
    let share = Self.shareNearPeak(after, radius: 0.1)
    #expect(share > 0.2 && share > 5 * before, "near the peak: \(share), before: \(before)")
    #expect(loop.samplers.adaptiveUpdates.first?.updates == 1)
  }

  @Test func rarThroughTheEngineAddsItsPointsAtThePeak() throws {
    let loop = try Self.loop(
      Self.peakSpec("{ method: rar, every: 2, pool: 4000, add: 5 }", steps: 6))
    let set = try #require(loop.problem.samplerSlots.first?.pointSet)
    #expect(loop.plan.pointCapacity(of: set) == 400 + 5 * 2)
    _ = try loop.step(0, perTermWanted: true, evaluate: false)
    let lossBefore = loop.lossValues[0]
    _ = try loop.step(1, perTermWanted: true, evaluate: false)
    _ = try loop.step(2, perTermWanted: true, evaluate: false)
    let points = Self.currentPoints(loop)
    #expect(points.count == 405)
    #expect(loop.plan.pointCount(of: set) == 405)
    #expect(points.suffix(5).allSatisfy { Self.distanceSquared($0) < 0.05 * 0.05 })
    // The five points at the peak raise the mean square residual over the grown set.
    #expect(loop.lossValues[0] > lossBefore)
    _ = try loop.step(3, perTermWanted: true, evaluate: false)
    _ = try loop.step(4, perTermWanted: true, evaluate: false)
    #expect(Self.currentPoints(loop).count == 410)
  }

  @Test func r3ThroughTheEngineKeepsThePeakAndRenewsTheRest() throws {
    let loop = try Self.loop(Self.peakSpec("r3"))
    _ = try loop.step(0, perTermWanted: true, evaluate: false)
    let first = Self.currentPoints(loop)
    _ = try loop.step(1, perTermWanted: true, evaluate: false)  // every: 1
    let second = Self.currentPoints(loop)
    #expect(second.count == first.count)
    let kept = second.filter { p in first.contains { $0 == p } }
    #expect(!kept.isEmpty && kept.count < first.count / 2)
    #expect(kept.allSatisfy { Self.distanceSquared($0) < 0.15 * 0.15 })
  }

  @Test func theSummaryRecordsEachAdaptiveSamplersUpdates() throws {
    let out = RunTestSupport.temporaryDirectory("adaptive-summary")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try RunTests.run(
      Self.peakSpec("{ method: rar, every: 2, add: 3, pool: 500 }", points: 50, steps: 5), out: out)
    let data = try #require(FileManager.default.contents(atPath: out + "/summary.json"))
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let adaptive = try #require(summary["adaptive_sampling"] as? [String: Any])
    let inside = try #require(adaptive["inside"] as? [String: Any])
    // Steps 0-4: updates at steps 2 and 4, three points each.
    #expect(inside["updates"] as? Int == 2)
    #expect(inside["points"] as? Int == 56)
    let seconds = try #require(inside["last_update_seconds"] as? Double)
    #expect(seconds > 0 && seconds < 60)
  }
}
