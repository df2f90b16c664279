import Foundation
import LossrunEngine
import LossrunTraining

/// The seed problem of the PyTorch reference, built through the engine API: Poisson on [0,1]²
/// with u = exp(x)·sin(4πy), an interior residual, a Dirichlet term and a Neumann term
/// (derivative along per-point normals (1, 0) on x = 1), MLP 2→50→50→50→1 tanh.
struct SeedProblem<S: EngineScalar & ParameterScalar> {
  let plan: Plan<S>
  let interior: PointSetID
  let dirichlet: PointSetID
  let neumann: PointSetID
  /// The training library's Adam with PyTorch's default settings, learning rate 1e-3.
  var adam = AdamOptimizer<S>(
    settings: .init(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0, weightDecayMode: .l2))
  /// Point coordinates (row-major) refilled into the plan every step.
  let interiorPoints: [S]
  let dirichletPoints: [S]
  let neumannPoints: [S]
  let combined: UnsafeMutableBufferPointer<S>
  /// Each term's gradient statistics, as the training loop logs them.
  let statistics: GradientStatistics<S>
  let weights: [S]

  init(
    points n: Int, threads: Int, width: Int = 50, depth: Int = 3, seed: UInt64 = 0,
    tilePoints: Int? = nil
  ) throws {
    let network = NetworkDescription(
      inputCount: 2, hiddenWidths: [Int](repeating: width, count: depth), outputCount: 1,
      activation: .tanh)
    let builder = try GraphBuilder(network: network)
    let k = 4 * Double.pi
    let inside = try builder.addPointSet(name: "interior", count: n)
    let edge = try builder.addPointSet(name: "dirichlet", count: n)
    let right = try builder.addPointSet(name: "neumann", count: n, vectorFieldCount: 1)
    func exact(_ set: PointSet) throws -> PointExpression {
      exp(try set.coordinate(0)) * sin(k * (try set.coordinate(1)))
    }
    let lap = try inside.channel(.laplacian(output: 0, inputs: [0, 1]))
    try builder.addTerm(name: "residual", components: [-lap - (k * k - 1) * (try exact(inside))])
    try builder.addTerm(name: "dirichlet", components: [try edge.value() - (try exact(edge))])
    let dn = try right.channel(.directional(output: 0, field: 0))
    try builder.addTerm(name: "neumann", components: [dn - (try exact(right))])
    plan = try builder.compile(
      S.self, options: PlanOptions(threads: threads, tilePoints: tilePoints))
    plan.initialize(.xavierNormal, seed: seed)
    interior = inside.id
    dirichlet = edge.id
    neumann = right.id
    var generator = RandomGenerator(seed: seed, streamName: "points")
    func uniform() -> S { S(generator.nextUnitDouble()) }
    interiorPoints = (0..<(2 * n)).map { _ in uniform() }
    dirichletPoints = (0..<n).flatMap { _ -> [S] in
      let t = uniform()
      switch generator.nextIndex(below: 3) {
      case 0: return [0, t]
      case 1: return [t, 0]
      default: return [t, 1]
      }
    }
    neumannPoints = (0..<n).flatMap { _ in [1, uniform()] }
    plan.setVectors(right.id, field: 0, values: (0..<n).flatMap { _ in [S(1), S(0)] })
    statistics = GradientStatistics(layout: plan.layout, request: .eachTerm(plan.termCount))
    combined = .allocate(capacity: plan.layout.count)
    combined.initialize(repeating: 0)
    weights = [1, 1, 1]
  }

  func refill() {
    plan.setPoints(interior, coordinates: interiorPoints)
    plan.setPoints(dirichlet, coordinates: dirichletPoints)
    plan.setPoints(neumann, coordinates: neumannPoints)
  }

  /// One training step on the summed loss (one cotangent per tile).
  mutating func summedStep() {
    refill()
    plan.computeSummedGradient(weights: weights)
    adam.step(parameters: plan.parameters, gradient: plan.summedGradient, learningRate: 1e-3)
  }

  /// One training step with per-term gradients, their statistics, and the weighted combination.
  mutating func perTermStep() {
    refill()
    plan.computePerTermGradients()
    statistics.refresh(from: plan)
    plan.combineGradients(weights: weights, into: combined)
    adam.step(
      parameters: plan.parameters, gradient: UnsafeBufferPointer(combined), learningRate: 1e-3)
  }
}
