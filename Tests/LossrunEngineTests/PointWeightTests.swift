import LossrunEngine
import LossrunTestSupport
import Testing

/// Point-weighted terms: the loss mean_j(w_j·r_j²) and its exact gradient, recorded residuals,
/// and unweighted terms bit-identical to a plan without the option.
@Suite struct PointWeightTests {
  /// Two inputs, one set of `points` points with a two-component mean-square term `pde`
  /// (`lap u + u_x·u - sin x`, `0.5·u`) and a mean-absolute term `flux`; a boundary set of 6
  /// points with the term `edge`.
  static func makeBuilder(points: Int) throws -> (GraphBuilder, [PointSetID]) {
    let network = NetworkDescription(
      inputCount: 2, hiddenWidths: [5, 4], outputCount: 1, activation: .tanh)
    let builder = try GraphBuilder(network: network)
    let inside = try builder.addPointSet(name: "inside", count: points)
    let edge = try builder.addPointSet(name: "edge", count: 6)
    let x = try inside.coordinate(0)
    let u = try inside.value(0)
    let lap = try inside.channel(.laplacian(output: 0, inputs: [0, 1]))
    let ux = try inside.channel(.partial(output: 0, orders: [1, 0]))
    try builder.addTerm(name: "pde", components: [lap + ux * u - sin(x), 0.5 * u])
    try builder.addTerm(name: "flux", components: [ux - 0.2], reduction: .meanAbsolute)
    try builder.addTerm(name: "edge", components: [try edge.value(0) - 1])
    return (builder, [inside.id, edge.id])
  }

  static func points(_ n: Int, seed: UInt64) -> [Double] {
    TestNetworks.uniform(2 * n, in: -0.9...0.9, seed: seed)
  }

  static func prepare(_ plan: Plan<Double>, sets: [PointSetID], inside: [Double]) {
    TestNetworks.randomize(plan, seed: 3)
    plan.setPoints(sets[0], coordinates: inside)
    plan.setPoints(sets[1], coordinates: points(6, seed: 11))
  }

  @Test(arguments: [1, 2])
  func weightedLossAndGradientMatchAPointByPointReference(threads: Int) throws {
    let n = 13
    let inside = Self.points(n, seed: 7)
    let weights = TestNetworks.uniform(n, in: 0...2, seed: 5)
    let (builder, sets) = try Self.makeBuilder(points: n)
    let weighted: Set<TermID> = [TermID(index: 0), TermID(index: 1)]
    let plan = try builder.compile(
      Double.self,
      options: PlanOptions(threads: threads, tilePoints: 4, pointWeightedTerms: weighted))
    Self.prepare(plan, sets: sets, inside: inside)
    for term in weighted { plan.setPointWeights(term: term, weights) }
    plan.computePerTermGradients()
    // Reference: one unweighted one-point plan per point, w_j/N times its loss and gradient.
    let (single, singleSets) = try Self.makeBuilder(points: 1)
    let reference = try single.compile(Double.self)
    var expectedLoss = [0.0, 0.0]
    var expectedGradient = [[Double]](
      repeating: [Double](repeating: 0, count: plan.layout.count), count: 2)
    for j in 0..<n {
      Self.prepare(reference, sets: singleSets, inside: [inside[2 * j], inside[2 * j + 1]])
      reference.computePerTermGradients()
      for term in 0..<2 {
        let id = TermID(index: term)
        expectedLoss[term] += weights[j] * reference.loss(id) / Double(n)
        for (i, g) in reference.gradient(of: id).enumerated() {
          expectedGradient[term][i] += weights[j] * g / Double(n)
        }
      }
    }
    for term in 0..<2 {
      let id = TermID(index: term)
      #expect(Approximate.equal(plan.loss(id), expectedLoss[term], relative: 1e-12))
      let mismatch = Approximate.firstMismatch(
        Array(plan.gradient(of: id)), expectedGradient[term], relative: 1e-10,
        absoluteScale: 1e-12)
      #expect(mismatch == nil, "term \(term): \(String(describing: mismatch))")
    }
    // The summed pass weights the points the same way.
    plan.computeSummedGradient(weights: [1, 2, 0.5])
    var combined = [Double](repeating: 0, count: plan.layout.count)
    for (term, scale) in [(0, 1.0), (1, 2.0)] {
      for i in combined.indices { combined[i] += scale * expectedGradient[term][i] }
    }
    plan.computePerTermGradients()
    let edge = Array(plan.gradient(of: TermID(index: 2)))
    for i in combined.indices { combined[i] += 0.5 * edge[i] }
    plan.computeSummedGradient(weights: [1, 2, 0.5])
    let mismatch = Approximate.firstMismatch(
      Array(plan.summedGradient), combined, relative: 1e-10, absoluteScale: 1e-12)
    #expect(mismatch == nil, "\(String(describing: mismatch))")
  }

  @Test func weightedGradientMatchesFiniteDifferences() throws {
    let n = 9
    let (builder, sets) = try Self.makeBuilder(points: n)
    let plan = try builder.compile(
      Double.self, options: PlanOptions(tilePoints: 4, pointWeightedTerms: [TermID(index: 0)]))
    Self.prepare(plan, sets: sets, inside: Self.points(n, seed: 2))
    plan.setPointWeights(term: TermID(index: 0), TestNetworks.uniform(n, in: 0...3, seed: 8))
    plan.computePerTermGradients()
    let gradient = Array(plan.gradient(of: TermID(index: 0)))
    let start = Array(plan.parameterValues)
    let numeric = FiniteDifference.gradient(at: start, step: 1e-6) { theta in
      plan.setParameters(theta)
      plan.computePerTermGradients()
      return plan.loss(TermID(index: 0))
    }
    let mismatch = Approximate.firstMismatch(
      gradient, numeric, relative: 1e-6, absoluteScale: 1e-8)
    #expect(mismatch == nil, "\(String(describing: mismatch))")
  }

  @Test func residualsAreRecordedPerComponentAndPoint() throws {
    let n = 10
    let inside = Self.points(n, seed: 4)
    let (builder, sets) = try Self.makeBuilder(points: n)
    let plan = try builder.compile(
      Double.self,
      options: PlanOptions(threads: 2, tilePoints: 4, pointWeightedTerms: [TermID(index: 0)]))
    Self.prepare(plan, sets: sets, inside: inside)
    plan.evaluatePointResiduals()
    let forwardOnly = Array(plan.pointResiduals(term: TermID(index: 0)))
    plan.computePerTermGradients()
    let residuals = Array(plan.pointResiduals(term: TermID(index: 0)))
    #expect(residuals.count == 2 * n)
    #expect(forwardOnly == residuals)
    // The second component is 0.5·u: compare with the naive forward pass.
    for j in 0..<n {
      let u = TestNetworks.naiveForward(plan, [inside[2 * j], inside[2 * j + 1]])[0]
      #expect(Approximate.equal(residuals[n + j], 0.5 * u, relative: 1e-12))
    }
    // With unit weights the loss is the term's mean square.
    let expected = residuals.reduce(0) { $0 + $1 * $1 } / Double(n)
    #expect(Approximate.equal(plan.loss(TermID(index: 0)), expected, relative: 1e-12))
  }

  @Test func unweightedTermsAreBitIdenticalToAPlanWithoutTheOption() throws {
    let n = 11
    let inside = Self.points(n, seed: 9)
    let (builder, sets) = try Self.makeBuilder(points: n)
    let plain = try builder.compile(Double.self, options: PlanOptions(tilePoints: 4))
    let weighted = try builder.compile(
      Double.self, options: PlanOptions(tilePoints: 4, pointWeightedTerms: [TermID(index: 0)]))
    for plan in [plain, weighted] { Self.prepare(plan, sets: sets, inside: inside) }
    plain.computePerTermGradients()
    weighted.computePerTermGradients()
    // Unit weights give the unweighted bits too (1·r·r and 2·1/N·r are exact).
    for term in plain.terms {
      #expect(plain.loss(term) == weighted.loss(term))
      #expect(Array(plain.gradient(of: term)) == Array(weighted.gradient(of: term)))
    }
    weighted.setPointWeights(term: TermID(index: 0), [Double](repeating: 0.5, count: n))
    weighted.computePerTermGradients()
    for term in plain.terms.dropFirst() {
      #expect(plain.loss(term) == weighted.loss(term))
      #expect(Array(plain.gradient(of: term)) == Array(weighted.gradient(of: term)))
    }
    #expect(weighted.loss(TermID(index: 0)) == 0.5 * plain.loss(TermID(index: 0)))
  }

  @Test func unknownWeightedTermIsAnInvalidOption() throws {
    let (builder, _) = try Self.makeBuilder(points: 3)
    #expect(throws: EngineError.self) {
      try builder.compile(
        Double.self, options: PlanOptions(pointWeightedTerms: [TermID(index: 7)]))
    }
  }
}
