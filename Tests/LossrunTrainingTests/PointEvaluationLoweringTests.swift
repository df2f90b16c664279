import Foundation
import LossrunCheck
import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// Terms that read the network at other points, lowered: `u(x: a)` equals the network at the
/// mapped points (checked against a hand-written forward pass and finite differences), a
/// periodic term is zero for a network made periodic, and training with one runs.
@Suite struct PointEvaluationLoweringTests {
  static let spec = """
    inputs: { x: [-1, 1], t: [0, 1] }
    define: { even: "u + u(x: -x)" }
    network: { outputs: [u], hidden: [6, 5], activation: tanh, normalize: box }
    samplers:
      inside: { region: interior, points: 6 }
      start: { region: initial, points: 4 }
    terms:
      pde: { on: inside, residual: "u_t - 0.1*u_xx" }
      initial: { on: start, residual: "u - cos(pi*x)" }
      shifted: { on: inside, residual: ["u(x: -1) - x*u_x(x: 0.5 - x, t: 1 - t)", "lap(u)(t: 0)"] }
      symmetric: { on: inside, periodic: x }
      even: { on: inside, residual: "even(x: -1) - even(x: 1)" }
    training: { steps: 1, precision: float64 }
    """

  /// The interior points the tests place.
  static let inside: [[Double]] = [
    [0.3, 0.2], [-0.7, 0.9], [0.95, 0.5], [-0.1, 0.05], [0.6, 0.7], [-0.4, 0.35],
  ]

  /// `text` lowered with its interior set at ``inside`` after one per-term pass, and the
  /// network's value at a point by hand (float64).
  static func lowered(_ text: String) throws -> (Plan<Double>, ([Double]) -> Double) {
    let spec = try #require(RunTestSupport.checked(text))
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 5)
    plan.setPoints(problem.samplerSlots[0].pointSet, coordinates: inside.flatMap { $0 })
    plan.computePerTermGradients()
    let affine = problem.network.inputAffine
    return (plan, { LoweringTests.network(plan, affine, $0) })
  }

  @Test func evaluatedTermsEqualTheNetworkAtTheMappedPoints() throws {
    let text = Self.spec.replacingOccurrences(
      of: "[\"u(x: -1) - x*u_x(x: 0.5 - x, t: 1 - t)\", \"lap(u)(t: 0)\"]",
      with: "\"u(x: -1) - x*u_x(x: 0.5 - x, t: 1 - t)\"")
    let (plan, u) = try Self.lowered(text)
    let h = 1e-5
    var shifted = 0.0
    var periodic = 0.0
    for p in Self.inside {
      let image = [0.5 - p[0], 1 - p[1]]
      let ux = (u([image[0] + h, image[1]]) - u([image[0] - h, image[1]])) / (2 * h)
      let r = u([-1, p[1]]) - p[0] * ux
      shifted += r * r
      let left = [-1, p[1]]
      let right = [1, p[1]]
      let slope = { (q: [Double]) in (u([q[0] + h, q[1]]) - u([q[0] - h, q[1]])) / (2 * h) }
      periodic += pow(u(left) - u(right), 2) + pow(slope(left) - slope(right), 2)
    }
    let count = Double(Self.inside.count)
    let names = plan.termNames
    let shiftedLoss = plan.loss(TermID(index: try #require(names.firstIndex(of: "shifted"))))
    let periodicLoss = plan.loss(TermID(index: try #require(names.firstIndex(of: "symmetric"))))
    let evenLoss = plan.loss(TermID(index: try #require(names.firstIndex(of: "even"))))
    #expect(abs(shiftedLoss - shifted / count) <= 1e-8 * max(1, shifted / count))
    #expect(abs(periodicLoss - periodic / count) <= 1e-8 * max(1, periodic / count))
    // even(x) = u(x) + u(-x) is periodic on [-1, 1] whatever the network: exactly zero.
    #expect(evenLoss == 0)
    #expect(shiftedLoss > 0 && periodicLoss > 0)
  }

  @Test func definitionsOfDerivativesAreEvaluatedToo() throws {
    // `lap(u)(t: 0)` is not a name; a definition carries the Laplacian to another point.
    let text = Self.spec.replacingOccurrences(of: "\"lap(u)(t: 0)\"", with: "\"L(t: 0)\"")
      .replacingOccurrences(
        of: "define: { even: \"u + u(x: -x)\" }",
        with: "define: { even: \"u + u(x: -x)\", L: \"lap(u)\" }")
    let (plan, u) = try Self.lowered(text)
    let h = 1e-4
    var shifted = 0.0
    for p in Self.inside {
      let image = [0.5 - p[0], 1 - p[1]]
      let ux = (u([image[0] + h, image[1]]) - u([image[0] - h, image[1]])) / (2 * h)
      let first = u([-1, p[1]]) - p[0] * ux
      let q = [p[0], 0.0]
      let uxx = (u([q[0] + h, q[1]]) - 2 * u(q) + u([q[0] - h, q[1]])) / (h * h)
      shifted += first * first + uxx * uxx
    }
    let names = plan.termNames
    let loss = plan.loss(TermID(index: try #require(names.firstIndex(of: "shifted"))))
    let expected = shifted / Double(Self.inside.count)
    #expect(abs(loss - expected) <= 1e-5 * max(1, expected))
  }

  @Test func aSpecWithAPeriodicTermTrains() throws {
    let text = """
      inputs: { x: [-1, 1], t: [0, 1] }
      network: { outputs: [u], hidden: [8] }
      samplers:
        inside: { region: interior, points: 32 }
        start: { region: initial, points: 16 }
        ends: { region: boundary, where: "x == -1", points: 8 }
      terms:
        pde: { on: inside, residual: "u_t - 0.1*u_xx" }
        initial: { on: start, residual: "u - cos(pi*x)" }
        walls: { on: ends, periodic: x }
      training: { steps: 200, lr: 0.01, seed: 1, log_every: 10, precision: float64 }
      """
    let directory = RunTestSupport.temporaryDirectory("periodic-train")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = try #require(RunTestSupport.checked(text))
    var options = RunOptions()
    options.outputDirectory = directory
    _ = try TrainingRun.run(spec: spec, specText: text, options: options)
    let metrics = try String(contentsOfFile: directory + "/metrics.csv", encoding: .utf8)
    let lines = metrics.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    let header = try #require(lines.first)
    let walls = try #require(header.firstIndex(of: "loss_walls"))
    let total = try #require(header.firstIndex(of: "loss_initial"))
    let rows = lines.dropFirst().filter { $0.count == header.count }
    let first = try #require(rows.first)
    let last = try #require(rows.last)
    let (start, end) = (try #require(Double(first[total])), try #require(Double(last[total])))
    #expect(end < start / 2, "initial loss \(start) -> \(end)")
    #expect(try #require(Double(last[walls])) < 1e-2)
  }
}
