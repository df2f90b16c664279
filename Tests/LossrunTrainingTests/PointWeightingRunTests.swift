import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// The per-point rules train (`specs/poisson-mixed.yaml` shrunk and with fixed points for RBA
/// and self-adaptive weights, a small Burgers problem for causal weighting), write their
/// metrics columns, and resume bit for bit.
@Suite(.serialized) struct PointWeightingRunTests {
  /// The shrunk `specs/poisson-mixed.yaml` with fixed points and `weighting`.
  static func fixedPoissonMixed(weighting: String, steps: Int = 500, training: String = "")
    throws -> String
  {
    try LossHistoryWeightingRunTests.poissonMixed(
      weighting: weighting, steps: steps, training: training
    ).replacingOccurrences(of: "points: 8 }", with: "points: 8, resample: 0 }")
  }

  /// A small viscous Burgers problem (32 interior points, resampled every 10 steps).
  static func burgers(weighting: String, steps: Int = 60, training: String = "") -> String {
    """
    name: burgers-small
    inputs: { x: [-1, 1], t: [0, 1] }
    constants: { nu: 0.01/pi }
    network: { outputs: [u], hidden: [8], activation: tanh }
    samplers:
      interior: { region: interior, points: 32, resample: 10 }
      start: { region: initial, points: 8 }
      walls: { region: boundary, points: 8 }
    terms:
      pde: { on: interior, residual: "u_t + u*u_x - nu*u_xx" }
      initial: { on: start, residual: "u + sin(pi*x)" }
      walls: { on: walls, residual: "u" }
    weighting: \(weighting)
    training: { optimizer: adam, lr: 1e-3, steps: \(steps), seed: 1, log_every: 10\(training) }
    """
  }

  /// Trains `text`; the result, and the metrics header and rows as named cells.
  static func train(_ text: String) throws -> (TrainingRun.Result, [[String: Double]]) {
    let spec = try #require(RunTestSupport.checked(text))
    let out = RunTestSupport.temporaryDirectory("point-weighting")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try TrainingRun.run(
      spec: spec, specText: nil, options: RunOptions(outputDirectory: out))
    let lines = try String(contentsOfFile: result.directory.metricsPath, encoding: .utf8)
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let header = lines[0].map(String.init)
    let rows = lines.dropFirst().map { cells in
      var row: [String: Double] = [:]
      for (name, cell) in zip(header, cells) { row[name] = Double(cell) }
      return row
    }
    return (result, rows)
  }

  @Test(arguments: [
    "rba", "{ rule: rba, initial: 1 }", "self_adaptive", "{ rule: self_adaptive, mask: sigmoid }",
    "{ rule: annealing, points: rba }", "{ rule: fixed, points: self_adaptive, combine: upgrad }",
  ])
  func trainsPoissonMixedWithFixedPointsFor500Steps(weighting: String) throws {
    let (result, rows) = try Self.train(try Self.fixedPoissonMixed(weighting: weighting))
    #expect(result.summary.steps == 500 && !result.interrupted)
    #expect(rows.count >= 10)
    let prefix = weighting.contains("rba") ? "rba" : "sa"
    let mean = "\(prefix)_mean_residual"
    let maximum = "\(prefix)_max_residual"
    for row in rows.dropLast() {
      let values = try #require(row[mean].flatMap { m in row[maximum].map { (m, $0) } })
      #expect(values.0.isFinite && values.1 >= values.0 * (1 - 1e-12) && values.0 >= 0)
      #expect(row["loss_residual"]?.isFinite == true)
      #expect(row["unweighted_loss_residual"].map { $0.isFinite && $0 > 0 } == true)
    }
    let first = try #require(rows.first?[mean])
    let last = try #require(rows.dropLast().last?[mean])
    #expect(first != last, "the point weights never moved")
    if weighting == "rba" {
      // λ ≤ η/(1 − γ)·(1 − γ^(k+1)) after k + 1 updates of at most η each.
      #expect(rows.dropLast().allSatisfy { ($0[maximum] ?? 99) <= 0.01 * 501 })
    }
  }

  @Test(arguments: [
    "causal", "{ rule: causal, chunks: 4, epsilon: 0.5, epsilon_max: 100 }",
    "{ rule: grad_norm_balance, every: 20, points: causal, points_chunks: 8 }",
  ])
  func causalTrainsBurgersAndLogsItsChunkWeights(weighting: String) throws {
    let text = Self.burgers(weighting: weighting)
    let (result, rows) = try Self.train(text)
    #expect(result.summary.steps == 60 && !result.interrupted)
    let chunks = weighting.contains("chunks: 4") ? 4 : weighting.contains("chunks: 8") ? 8 : 32
    for row in rows.dropLast() {
      #expect(row["causal_epsilon"].map { $0 > 0 } == true)
      let w = (0..<chunks).compactMap { row["causal_w\($0)"] }
      #expect(w.count == chunks, "\(row.keys.sorted())")
      #expect(w.first == 1)
      #expect(zip(w, w.dropFirst()).allSatisfy { $0 >= $1 && $1 > 0 }, "\(w)")
      // Equal chunks and w_k ≤ 1: the causal loss is at most the plain mean square.
      let weighted = try #require(row["loss_pde"])
      let plain = try #require(row["unweighted_loss_pde"])
      #expect(weighted <= plain * (1 + 1e-12), "\(weighted) > \(plain)")
    }
    let final = try #require(rows.last)
    #expect(final["unweighted_loss_pde"].map(\.isFinite) == true, "the final row has it too")
    #expect(rows.first?["causal_w\(chunks)"] == nil)
  }

  @Test(arguments: [
    ("{ rule: rba, eta: 0.05 }", false),
    ("{ rule: self_adaptive, lr: 0.05 }", false),
    ("{ rule: annealing, every: 3, points: rba }", false),
    ("{ rule: causal, chunks: 4, epsilon: 0.1, epsilon_max: 10, tol: 0.5 }", true),
  ])
  func resumesBitForBit(weighting: String, causal: Bool) throws {
    let training = ", precision: float64, checkpoint_every: 7"
    let text =
      causal
      ? Self.burgers(weighting: weighting, steps: 40, training: training)
      : try Self.fixedPoissonMixed(weighting: weighting, steps: 40, training: training)
    try RunResumeTests().expectResumeMatches(text, stop: 23)
  }
}
