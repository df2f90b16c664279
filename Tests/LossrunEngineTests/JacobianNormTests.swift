import LossrunEngine
import Testing

/// The engine's per-point squared residual-Jacobian norms against per-point gradients from
/// one-point sets (brute force, Float64).
@Suite struct JacobianNormTests {
  /// The terms of the test problem, as component lists of each set's expressions.
  static func addTerms(
    _ builder: GraphBuilder, inside: PointSet, edge: PointSet, scalar: LearnableScalar,
    split: Bool
  ) throws {
    let x = try inside.coordinate(0)
    let y = try inside.coordinate(1)
    let u = try inside.value(0)
    let lap = try inside.channel(.laplacian(output: 0, inputs: [0, 1]))
    let ux = try inside.channel(.partial(output: 0, orders: [1, 0]))
    let dn = try inside.channel(.directional(output: 0, field: 0))
    let nu = try inside.scalar(scalar)
    let e = try edge.value(0)
    let g = exp(try edge.coordinate(1))
    // Per term: its components. Split mode (the brute force) puts each component in its own
    // term with |r| as loss, so the one-point gradient is ±∂r/∂θ.
    let terms: [(String, [PointExpression])] = [
      ("laplace", [lap + sin(x)]),
      ("pair", [u - x * y, ux * u]),
      ("flux", [dn - nu * u * u]),
      ("edge", [e - g]),
    ]
    for (name, components) in terms {
      if split {
        for (i, c) in components.enumerated() {
          try builder.addTerm(name: "\(name)\(i)", components: [c], reduction: .meanAbsolute)
        }
      } else {
        try builder.addTerm(name: name, components: components)
      }
    }
  }

  static let network = NetworkDescription(
    inputCount: 2, hiddenWidths: [5, 5], outputCount: 1, activation: .tanh)

  static func makePlan(points: [Int], threads: Int, tile: Int?, split: Bool) throws -> (
    Plan<Double>, [PointSetID]
  ) {
    let builder = try GraphBuilder(network: network)
    let nu = builder.addScalar(name: "nu", initialValue: 0.7)
    let inside = try builder.addPointSet(name: "inside", count: points[0], vectorFieldCount: 1)
    let edge = try builder.addPointSet(name: "edge", count: points[1])
    try addTerms(builder, inside: inside, edge: edge, scalar: nu, split: split)
    let plan = try builder.compile(
      Double.self, options: PlanOptions(threads: threads, tilePoints: tile))
    return (plan, [inside.id, edge.id])
  }

  static func coordinates(_ count: Int, seed: UInt64) -> [Double] {
    TestNetworks.uniform(2 * count, in: -0.9...0.9, seed: seed)
  }

  static func normals(_ count: Int) -> [Double] {
    TestNetworks.uniform(count, in: 0...6.28, seed: 99).flatMap {
      [Double.cos($0), Double.sin($0)]
    }
  }

  /// ‖∂r/∂θ‖² per term and point by brute force: one-point sets, one term per component.
  static func bruteForce(_ plan: Plan<Double>, batch: Int, points: [Int]) throws -> [[Double]] {
    let (single, sets) = try makePlan(points: [1, 1], threads: 1, tile: nil, split: true)
    for i in plan.parameters.indices { single.parameters[i] = plan.parameters[i] }
    let inside = coordinates(points[0], seed: 11)
    let edge = coordinates(points[1], seed: 12)
    let n = normals(points[0])
    let componentTerms = [[0], [1, 2], [3], [4]]
    var result = [[Double]](repeating: [], count: 4)
    for p in 0..<batch {
      let a = min(p, points[0] - 1)
      let b = min(p, points[1] - 1)
      single.setPoints(sets[0], coordinates: Array(inside[(2 * a)..<(2 * a + 2)]))
      single.setVectors(sets[0], field: 0, values: Array(n[(2 * a)..<(2 * a + 2)]))
      single.setPoints(sets[1], coordinates: Array(edge[(2 * b)..<(2 * b + 2)]))
      single.computePerTermGradients()
      for (term, rows) in componentTerms.enumerated() {
        var sum = 0.0
        for row in rows {
          for v in single.gradient(of: TermID(index: row)) { sum += v * v }
        }
        result[term].append(sum)
      }
    }
    return result
  }

  static func engineNorms(
    points: [Int], batch: Int, threads: Int, tile: Int?
  ) throws -> (Plan<Double>, [[Double]]) {
    let (plan, sets) = try makePlan(points: points, threads: threads, tile: tile, split: false)
    TestNetworks.randomize(plan, seed: 5)
    plan.setPoints(sets[0], coordinates: coordinates(points[0], seed: 11))
    plan.setVectors(sets[0], field: 0, values: normals(points[0]))
    plan.setPoints(sets[1], coordinates: coordinates(points[1], seed: 12))
    let norms = plan.makeJacobianNorms(batch: batch)
    plan.computeJacobianNorms(norms)
    return (plan, (0..<plan.termCount).map { Array(norms.norms(of: $0)) })
  }

  @Test(arguments: [(1, nil), (1, 4), (2, 4)] as [(Int, Int?)])
  func normsMatchBruteForce(threads: Int, tile: Int?) throws {
    let points = [11, 6]
    let (plan, norms) = try Self.engineNorms(
      points: points, batch: 9, threads: threads, tile: tile)
    #expect(norms.map(\.count) == [9, 9, 9, 6])
    let reference = try Self.bruteForce(plan, batch: 9, points: points)
    for term in 0..<4 {
      for p in norms[term].indices {
        let (engine, brute) = (norms[term][p], reference[term][p])
        #expect(brute > 1e-6)
        #expect(abs(engine - brute) <= 1e-10 * brute, "term \(term) point \(p)")
      }
    }
  }

  @Test func normsDoNotDependOnThreadsOrTiles() throws {
    let (_, one) = try Self.engineNorms(points: [40, 13], batch: 30, threads: 1, tile: 8)
    let (_, two) = try Self.engineNorms(points: [40, 13], batch: 30, threads: 2, tile: 8)
    #expect(one == two)
  }

  @Test func repeatedPassesGiveTheSameNormsAndLeaveTheStepAlone() throws {
    let (plan, sets) = try Self.makePlan(points: [11, 6], threads: 2, tile: 4, split: false)
    TestNetworks.randomize(plan, seed: 5)
    plan.setPoints(sets[0], coordinates: Self.coordinates(11, seed: 11))
    plan.setVectors(sets[0], field: 0, values: Self.normals(11))
    plan.setPoints(sets[1], coordinates: Self.coordinates(6, seed: 12))
    plan.computePerTermGradients()
    let before = plan.terms.map { Array(plan.gradient(of: $0)) }
    let norms = plan.makeJacobianNorms(batch: 300)
    plan.computeJacobianNorms(norms)
    let first = (0..<4).map { norms.trace(of: $0) }
    plan.computeJacobianNorms(norms)
    #expect((0..<4).map { norms.trace(of: $0) } == first)
    #expect(norms.counts == [11, 11, 11, 6])
    plan.computePerTermGradients()
    #expect(plan.terms.map { Array(plan.gradient(of: $0)) } == before)
  }
}
