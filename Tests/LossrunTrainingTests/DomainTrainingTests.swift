import Foundation
import LossrunCheck
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// The example Poisson problem on a disk trains, and its domain samplers draw on the circle.
@Suite struct DomainTrainingTests {
  private func diskSpec() throws -> String {
    let path = SpecFixtures.packageRoot.appendingPathComponent("specs/poisson-disk.yaml").path
    return try String(contentsOfFile: path, encoding: .utf8)
      .patched(replacing: "steps: 5000", with: "steps: 200")
      .patched(replacing: "hidden: [32, 32]", with: "hidden: [16]")
      .patched(replacing: "grid: [41, 41], every: 500", with: "grid: [11, 11], every: 100")
  }

  @Test func boundarySamplersOfTheDiskDrawOnTheCircleWithRadialNormals() throws {
    let spec = try #require(RunTestSupport.checked(try diskSpec()))
    let domain = try ProblemDomain(spec: spec)
    for index in [1, 2] {
      var sampler = try domain.makeSampler(for: spec.samplers[index], seed: 0, parameters: [])
      var batch = sampler.makeBatch(Double.self)
      try sampler.sample(into: &batch)
      for i in 0..<batch.count {
        let (x, y) = (batch.point(i).first!, batch.point(i).last!)
        #expect(abs((x * x + y * y).squareRoot() - 1) < 1e-12)
        #expect(abs(batch.normal(i).first! - x) < 1e-12 && abs(batch.normal(i).last! - y) < 1e-12)
        #expect(index == 1 ? y >= 0 : y < 0)
      }
    }
  }

  @Test func theEvaluationGridKeepsOnlyThePointsInsideTheDisk() throws {
    let spec = try #require(RunTestSupport.checked(try diskSpec()))
    let evaluation = try #require(try EvaluationData.make(for: spec))
    // Of the 11 × 11 grid on [-1, 1]² (spacing 0.2), the points with x² + y² ≤ 1.
    let axis = (0..<11).map { -1 + 0.2 * Double($0) }
    let inside = axis.flatMap { x in axis.map { y in x * x + y * y } }.filter { $0 <= 1 + 1e-9 }
    #expect(evaluation.count == inside.count)
    #expect(evaluation.points.count == 2 * evaluation.count)
    for i in 0..<evaluation.count {
      let (x, y) = (evaluation.points[2 * i], evaluation.points[2 * i + 1])
      #expect(x * x + y * y <= 1 + 1e-9)
      #expect(abs((evaluation.expected[0][i] ?? .nan) - exp(x) * sin(2 * y)) < 1e-12)
    }
  }

  @Test func poissonOnTheDiskTrains200Steps() throws {
    let text = try diskSpec()
    let spec = try #require(RunTestSupport.checked(text))
    let directory = RunTestSupport.temporaryDirectory("poisson-disk")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: directory))
    #expect(result.summary.steps == 200)
    #expect(result.nonFiniteLoss == nil && result.errors != nil)
  }

  private func lShapeSpec() throws -> String {
    let path = SpecFixtures.packageRoot.appendingPathComponent("specs/l-shape.yaml").path
    return try String(contentsOfFile: path, encoding: .utf8)
      .patched(replacing: "steps: 20000", with: "steps: 50")
      .patched(replacing: "hidden: [32, 32, 32]", with: "hidden: [8]")
      .patched(replacing: "points: 2048", with: "points: 64")
      .patched(replacing: "points: 512", with: "points: 32")
      .patched(replacing: "grid: [41, 41], every: 1000", with: "grid: [5, 5]")
  }

  /// The L-shape's evaluation leaves out the grid points of the removed quadrant: from the error,
  /// from `evaluation.csv`, and the report draws the rest as a map; the exact solution's atan2
  /// angle runs continuously from 0 to 3π/2 around the L.
  @Test func theLShapeIsEvaluatedOnlyInsideItsPolygon() throws {
    let text = try lShapeSpec()
    let spec = try #require(RunTestSupport.checked(text))
    let evaluation = try #require(try EvaluationData.make(for: spec))
    // The 5 × 5 grid on [-1, 1]² has 4 points in the open quadrant x > 0, y < 0.
    #expect(evaluation.count == 21)
    for i in 0..<evaluation.count {
      let (x, y) = (evaluation.points[2 * i], evaluation.points[2 * i + 1])
      #expect(!(x > 0 && y < 0))
      var theta = atan2(y, x)
      if theta < 0 { theta += 2 * Double.pi }
      let exact = pow(x * x + y * y, 1.0 / 3) * sin(2 * theta / 3)
      let expected = try #require(evaluation.expected[0][i])
      #expect(abs(expected - exact) < 1e-12, "(\(x), \(y))")
    }
    let directory = RunTestSupport.temporaryDirectory("l-shape")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = try TrainingRun.run(
      spec: spec, specText: text, options: RunOptions(outputDirectory: directory))
    #expect(result.nonFiniteLoss == nil && result.errors != nil)
    let table = try String(
      contentsOfFile: (directory as NSString).appendingPathComponent("evaluation.csv"),
      encoding: .utf8)
    #expect(table.split(separator: "\n").count == 1 + 21)
    let report = try String(
      contentsOfFile: (directory as NSString).appendingPathComponent("report.html"),
      encoding: .utf8)
    #expect(report.contains("data-grid=\"5x5\""))
    #expect(report.contains("outside the domain or not a number"))
  }
}
