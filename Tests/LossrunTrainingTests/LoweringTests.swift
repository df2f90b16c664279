import Foundation
import LossrunCheck
import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// A lowered residual evaluated by the plan equals the resolved expression evaluated directly,
/// with the network's channels from central finite differences of a hand-written forward pass.
@Suite struct LoweringTests {
  /// The network's value at `x`, computed by hand from the plan's parameters (float64).
  static func network(_ plan: Plan<Double>, _ affine: InputAffine?, _ x: [Double]) -> Double {
    var activations = x
    if let affine {
      let d = x.count
      activations = (0..<d).map { i in
        (0..<d).reduce(affine.offset[i]) { $0 + affine.matrix[i * d + $1] * x[$1] }
      }
    }
    for (index, layer) in plan.layout.layers.enumerated() {
      var next = [Double](repeating: 0, count: layer.outputCount)
      for o in 0..<layer.outputCount {
        var z = plan.parameters[layer.biases.lowerBound + o]
        for i in 0..<layer.inputCount {
          z += plan.parameters[layer.weights.lowerBound + o * layer.inputCount + i] * activations[i]
        }
        next[o] = index == plan.layout.layers.count - 1 ? z : Foundation.tanh(z)
      }
      activations = next
    }
    return activations[0]
  }

  @Test func residualMatchesDirectEvaluationWithFiniteDifferences() throws {
    let text = """
      name: lowering
      inputs: { x: [0, 2], y: [-1, 1] }
      constants: { c: 3 }
      parameters:
        a: { init: 0.7, learn: true }
        b: { init: -1.5, learn: false }
      network: { outputs: [u], hidden: [6, 5], activation: tanh, normalize: standardize }
      samplers:
        inside: { region: interior, points: 7 }
        edge: { region: boundary, where: "x == 2", points: 5 }
      terms:
        pde: { on: inside, residual: "-lap(u) + a * u_x * u_y - b * sin(x) * u^2 + u_xy / c" }
        flux: { on: edge, residual: "dn(u) - exp(y) * x" }
      training: { steps: 1, precision: float64 }
      """
    let spec = try #require(RunTestSupport.checked(text))
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 11)
    #expect(plan.layout.scalars.count == 1)
    #expect(plan.parameters[plan.layout.scalars.lowerBound] == 0.7)
    let inside: [[Double]] = [
      [0.3, -0.2], [1.1, 0.4], [1.9, 0.9], [0.5, 0.5], [1.4, -0.8],
      [0.05, 0.0], [1.7, -0.35],
    ]
    let edge: [[Double]] = [[2, -0.9], [2, -0.1], [2, 0.3], [2, 0.75], [2, 0.95]]
    plan.setPoints(problem.samplerSlots[0].pointSet, coordinates: inside.flatMap { $0 })
    plan.setPoints(problem.samplerSlots[1].pointSet, coordinates: edge.flatMap { $0 })
    plan.setVectors(
      problem.samplerSlots[1].pointSet, field: 0,
      values: edge.flatMap { _ in [1.0, 0.0] })
    plan.computePerTermGradients()

    let affine = problem.network.inputAffine
    let u = { (p: [Double]) in Self.network(plan, affine, p) }
    let h = 1e-4
    func shifted(_ p: [Double], _ dx: Double, _ dy: Double) -> [Double] { [p[0] + dx, p[1] + dy] }
    var pdeLoss = 0.0
    for p in inside {
      let value = u(p)
      let ux = (u(shifted(p, h, 0)) - u(shifted(p, -h, 0))) / (2 * h)
      let uy = (u(shifted(p, 0, h)) - u(shifted(p, 0, -h))) / (2 * h)
      let uxx = (u(shifted(p, h, 0)) - 2 * value + u(shifted(p, -h, 0))) / (h * h)
      let uyy = (u(shifted(p, 0, h)) - 2 * value + u(shifted(p, 0, -h))) / (h * h)
      let uxy =
        (u(shifted(p, h, h)) - u(shifted(p, h, -h)) - u(shifted(p, -h, h))
          + u(shifted(p, -h, -h))) / (4 * h * h)
      let r = -(uxx + uyy) + 0.7 * ux * uy - (-1.5) * Foundation.sin(p[0]) * value * value + uxy / 3
      pdeLoss += r * r
    }
    pdeLoss /= Double(inside.count)
    var fluxLoss = 0.0
    for p in edge {
      let ux = (u(shifted(p, h, 0)) - u(shifted(p, -h, 0))) / (2 * h)
      let r = ux - Foundation.exp(p[1]) * p[0]
      fluxLoss += r * r
    }
    fluxLoss /= Double(edge.count)
    let planPDE = plan.loss(TermID(index: 0))
    let planFlux = plan.loss(TermID(index: 1))
    #expect(abs(planPDE - pdeLoss) <= 1e-5 * max(1, abs(pdeLoss)))
    #expect(abs(planFlux - fluxLoss) <= 1e-7 * max(1, abs(fluxLoss)))
  }

  @Test func boxNormalizationMapsTheInputBoxToMinusOneOne() throws {
    let text = """
      inputs: { x: [2, 6], t: [0, 1] }
      network: { outputs: [u], hidden: [4], normalize: box }
      samplers: { inside: { region: interior, points: 4 } }
      terms: { pde: { on: inside, residual: "u_t - u_xx" } }
      training: { steps: 1 }
      """
    let spec = try #require(RunTestSupport.checked(text))
    let affine = try #require(InputNormalization.affine(for: spec))
    // x' = (x - 4) / 2, t' = (t - 0.5) / 0.5
    #expect(affine.matrix == [0.5, 0, 0, 2])
    #expect(affine.offset == [-2, -1])
  }

  @Test func standardizationUsesTheUniformMoments() throws {
    let text = """
      inputs: { x: [-1, 1], y: [-1, 1] }
      network: { outputs: [u], hidden: [4], normalize: standardize }
      samplers: { inside: { region: interior, points: 4 } }
      terms: { pde: { on: inside, residual: "lap(u)" } }
      training: { steps: 1 }
      """
    let spec = try #require(RunTestSupport.checked(text))
    let affine = try #require(InputNormalization.affine(for: spec))
    let scale = 1 / (2 / 12.0.squareRoot())
    #expect(abs(affine.matrix[0] - scale) < 1e-12 && abs(affine.matrix[3] - scale) < 1e-12)
    #expect(affine.offset.allSatisfy { abs($0) < 1e-12 })
  }

  @Test func termsOnOneSamplerShareAPointSet() throws {
    let text = """
      inputs: { x: [0, 1] }
      network: { outputs: [u], hidden: [4] }
      samplers:
        inside: { region: interior, points: 8 }
        unused: { region: interior, points: 8 }
      terms:
        a: { on: inside, residual: "u_xx + 1" }
        b: { on: inside, residual: "u - x" }
      training: { steps: 1 }
      """
    guard let spec = SpecFrontEnd.load(text: text, path: "t.yaml").checked else {
      Issue.record("spec did not check")
      return
    }
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    #expect(problem.samplerSlots.count == 1)
    let plan: Plan<Float> = try problem.makePlan(threads: 1, seed: 0)
    #expect(plan.pointSetNames == ["inside"])
    #expect(plan.termNames == ["a", "b"])
  }

  @Test func xavierInitializationIsSeededAndBiasesAreZero() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML()))
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let a: Plan<Double> = try problem.makePlan(threads: 1, seed: 5)
    let b: Plan<Double> = try problem.makePlan(threads: 1, seed: 5)
    let c: Plan<Double> = try problem.makePlan(threads: 1, seed: 6)
    #expect(Array(a.parameters) == Array(b.parameters))
    #expect(Array(a.parameters) != Array(c.parameters))
    for layer in a.layout.layers {
      #expect(layer.biases.allSatisfy { a.parameters[$0] == 0 })
      let weights = layer.weights.map { a.parameters[$0] }
      let variance = weights.reduce(0) { $0 + $1 * $1 } / Double(weights.count)
      let expected = 2 / Double(layer.inputCount + layer.outputCount)
      #expect(variance > expected / 4 && variance < expected * 4)
    }
  }
}
