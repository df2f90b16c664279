import Foundation
import LossrunEngine
import LossrunTestSupport
import Testing

/// Reverse-mode rules: parameter gradients of channel-based losses against finite differences.
@Suite struct ParameterGradientTests {
  /// A small problem with terms over every kind of channel, two point sets and a scalar.
  static func makeProblem(
    _ activation: Activation, threads: Int = 1, points: Int = 5, tile: Int? = 32,
    widths: [Int] = [4, 3, 3]
  ) throws -> (GraphBuilder, [PointSetID], LearnableScalar) {
    let network = NetworkDescription(
      inputCount: 2, hiddenWidths: widths, outputCount: 2, activation: activation)
    let builder = try GraphBuilder(network: network)
    let nu = builder.addScalar(name: "nu", initialValue: 0.7)
    let inside = try builder.addPointSet(name: "inside", count: points, vectorFieldCount: 1)
    let edge = try builder.addPointSet(name: "edge", count: points + 2)
    let x = try inside.coordinate(0)
    let y = try inside.coordinate(1)
    let u0 = try inside.value(0)
    let u1 = try inside.value(1)
    let smooth = activation != .relu
    if smooth {
      let lap = try inside.channel(.laplacian(output: 0, inputs: [0, 1]))
      let ux = try inside.channel(.partial(output: 0, orders: [1, 0]))
      try builder.addTerm(name: "residual", components: [lap + ux * u1 - sin(x)])
      let uxxy = try inside.channel(.partial(output: 1, orders: [2, 1]))
      let uxxyy = try inside.channel(.partial(output: 0, orders: [2, 2]))
      let scaled = try inside.scalar(nu) * uxxyy
      try builder.addTerm(name: "high", components: [uxxy + scaled - x * y, 0.5 * u0])
    } else {
      let ux = try inside.channel(.partial(output: 0, orders: [1, 0]))
      try builder.addTerm(name: "residual", components: [ux * u1 - sin(x)])
    }
    let dn = try inside.channel(.directional(output: 1, field: 0))
    let damping = try inside.scalar(nu) * u0
    try builder.addTerm(name: "flux", components: [dn - damping - 0.3], reduction: .meanAbsolute)
    let e = try edge.value(0)
    let g = exp(try edge.coordinate(1))
    try builder.addTerm(name: "boundary", components: [e - g])
    return (builder, [inside.id, edge.id], nu)
  }

  static func fill<S: EngineScalar>(_ plan: Plan<S>, sets: [PointSetID], seed: UInt64) {
    for set in sets {
      let n = plan.pointCount(of: set)
      let xs = TestNetworks.uniform(2 * n, in: -0.9...0.9, seed: seed + UInt64(set.index))
      plan.setPoints(set, coordinates: xs.map { S($0) })
      if set.index == 0 {
        let angles = TestNetworks.uniform(n, in: 0...6.28, seed: seed + 99)
        plan.setVectors(
          set, field: 0, values: angles.flatMap { [S(Double.cos($0)), S(Double.sin($0))] })
      }
    }
  }

  @Test(arguments: Activation.allCases)
  func perTermGradientsMatchFiniteDifferences(_ activation: Activation) throws {
    let (builder, sets, _) = try Self.makeProblem(activation)
    let plan = try builder.compile(Double.self, options: PlanOptions(tilePoints: 32))
    TestNetworks.randomize(plan, seed: 3)
    Self.fill(plan, sets: sets, seed: 11)
    plan.computePerTermGradients()
    let terms = (0..<plan.termCount).map { TermID(index: $0) }
    let analytic = terms.map { Array(plan.gradient(of: $0)) }
    let theta = Array(plan.parameters)
    func losses(_ p: [Double]) -> [Double] {
      for i in p.indices { plan.parameters[i] = p[i] }
      plan.computePerTermGradients()
      return terms.map { plan.loss($0) }
    }
    let h = 1e-6
    var numeric = [[Double]](repeating: [], count: terms.count)
    for i in theta.indices {
      var plus = theta
      plus[i] += h
      var minus = theta
      minus[i] -= h
      let (lp, lm) = (losses(plus), losses(minus))
      for t in terms.indices { numeric[t].append((lp[t] - lm[t]) / (2 * h)) }
    }
    _ = losses(theta)
    for t in terms.indices {
      let mismatch = Approximate.firstMismatch(
        analytic[t], numeric[t], relative: 1e-5, absoluteScale: 1e-6)
      #expect(
        mismatch == nil, "\(activation) term \(plan.termNames[t]): \(String(describing: mismatch))")
    }
  }

  /// Every elementwise expression op, forward and reverse, through the gradient w.r.t. a scalar.
  @Test func expressionOperationsMatchFiniteDifferences() throws {
    let network = NetworkDescription(
      inputCount: 2, hiddenWidths: [3], outputCount: 1, activation: .tanh)
    let builder = try GraphBuilder(network: network)
    let nu = builder.addScalar(name: "nu", initialValue: 0.7)
    let set = try builder.addPointSet(name: "points", count: 6)
    let x = try set.coordinate(0)
    let a = try set.scalar(nu) * x + 0.3
    let u = try set.value(0) + 2
    var columns: [PointExpression] = UnaryFunction.allCases.map { a.applying($0) }
    columns += BinaryFunction.allCases.map { a.combining($0, u) }
    // The second operand's derivative too, where it is not the first's mirror.
    columns += [atan2(u, a), u / a]
    columns += [pow(a, 3), pow(a, -2), pow(a, 1.5), pow(a, 0), 1 - a, 2 / a]
    for (i, column) in columns.enumerated() {
      try builder.addTerm(name: "op\(i)", components: [column])
    }
    let plan = try builder.compile(Double.self, options: PlanOptions(tilePoints: 32))
    TestNetworks.randomize(plan, seed: 5)
    let xs = TestNetworks.uniform(12, in: 0.2...0.8, seed: 2)
    plan.setPoints(set.id, coordinates: xs)
    plan.computePerTermGradients()
    let index = plan.layout.scalars.lowerBound
    let analytic = (0..<plan.termCount).map { plan.gradient(of: TermID(index: $0))[index] }
    let theta = plan.parameters[index]
    func losses(_ value: Double) -> [Double] {
      plan.parameters[index] = value
      plan.computePerTermGradients()
      return (0..<plan.termCount).map { plan.loss(TermID(index: $0)) }
    }
    let h = 1e-6
    let (lp, lm) = (losses(theta + h), losses(theta - h))
    for t in 0..<plan.termCount {
      let fd = (lp[t] - lm[t]) / (2 * h)
      #expect(
        Approximate.equal(analytic[t], fd, relative: 1e-6, absolute: 1e-8),
        "op \(t): \(analytic[t]) vs \(fd)")
    }
  }

  /// `atan2(y, x)` on a point set is C's `atan2` in every quadrant and on the axes, in both
  /// precisions.
  @Test func arcTangentIsTheAngleOfThePoint() throws {
    let points: [[Double]] = [
      [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1], [0.3, -2], [0, 0],
    ]
    for values in [try Self.angles(Float.self, points), try Self.angles(Double.self, points)] {
      for (point, value) in zip(points, values) {
        #expect(abs(value - Foundation.atan2(point[1], point[0])) < 1e-6, "\(point)")
      }
      #expect(abs(values[3] - 3 * Double.pi / 4) < 1e-6)
      #expect(abs(values[5] + 3 * Double.pi / 4) < 1e-6)
    }
  }

  /// The engine's `atan2(y, x)` at each point (x, y), computed in `S`.
  static func angles<S: EngineScalar>(_: S.Type, _ points: [[Double]]) throws -> [Double] {
    let network = NetworkDescription(
      inputCount: 2, hiddenWidths: [3], outputCount: 1, activation: .tanh)
    let builder = try GraphBuilder(network: network)
    let set = try builder.addPointSet(name: "points", count: points.count)
    let angle = try builder.addProbe(
      name: "angle", atan2(try set.coordinate(1), try set.coordinate(0)))
    let plan = try builder.compile(S.self, options: PlanOptions(tilePoints: 8))
    plan.setPoints(set.id, coordinates: points.flatMap { $0.map { S($0) } })
    plan.evaluateProbes(on: set.id)
    return plan.probeValues(angle).map { Double($0) }
  }
}
