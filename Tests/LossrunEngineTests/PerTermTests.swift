import LossrunEngine
import LossrunTestSupport
import Testing

/// Per-term results: consistency with the summed loss, statistics, precision and determinism.
@Suite struct PerTermTests {
  @Test func perTermGradientsSumToTheSummedGradient() throws {
    let (builder, sets, _) = try ParameterGradientTests.makeProblem(.tanh, points: 40)
    let plan = try builder.compile(Double.self, options: PlanOptions(tilePoints: 32))
    TestNetworks.randomize(plan, seed: 1)
    ParameterGradientTests.fill(plan, sets: sets, seed: 4)
    let weights = [1.0, 0.5, 2.0, 3.0]
    plan.computePerTermGradients()
    let losses = Array(plan.losses)
    var combined = [Double](repeating: 0, count: plan.layout.count)
    combined.withUnsafeMutableBufferPointer { plan.combineGradients(weights: weights, into: $0) }
    plan.computeSummedGradient(weights: weights)
    #expect(Array(plan.losses) == losses)
    let mismatch = Approximate.firstMismatch(
      combined, Array(plan.summedGradient), relative: 1e-12, absoluteScale: 1e-13)
    #expect(mismatch == nil, "\(String(describing: mismatch))")
  }

  @Test(arguments: [GradientStatisticsRequest.Summation.sequential, .vectorized])
  func statisticsAndGramianMatchNaiveComputation(summation: GradientStatisticsRequest.Summation)
    throws
  {
    let (builder, sets, _) = try ParameterGradientTests.makeProblem(.sin, points: 20)
    let plan = try builder.compile(Double.self)
    TestNetworks.randomize(plan, seed: 2)
    ParameterGradientTests.fill(plan, sets: sets, seed: 5)
    plan.computePerTermGradients()
    let layout = plan.layout
    // Every term alone, then terms 0 and 1 summed (a shared weight).
    let groups = (0..<plan.termCount).map { [$0] } + [[0, 1]]
    let statistics = GradientStatistics<Double>(
      layout: layout,
      request: GradientStatisticsRequest(
        groups: groups, summation: summation, includesGramian: true))
    statistics.refresh(from: plan)
    let gradients = groups.map { group in
      group.map { Array(plan.gradient(of: plan.terms[$0])) }.reduce(
        [Double](repeating: 0, count: layout.count)
      ) { zip($0, $1).map(+) }
    }
    let last = layout.layers.count - 1
    var scopes: [(Int?, ParameterScope, [Int])] = [
      (nil, .all, Array(0..<layout.count)),
      (nil, .weights, layout.layers.flatMap { Array($0.weights) }),
    ]
    for (l, layer) in layout.layers.enumerated() {
      let all = Array(layer.all) + (l == last ? Array(layout.scalars) : [])
      scopes.append((l, .all, all))
      scopes.append((l, .weights, Array(layer.weights)))
    }
    for (group, g) in gradients.enumerated() {
      for (layer, scope, indices) in scopes {
        let values = indices.map { Swift.abs(g[$0]) }
        let summary =
          layer.map { statistics.summary(group: group, layer: $0, scope: scope) }
          ?? statistics.summary(group: group, scope: scope)
        #expect(summary.count == indices.count)
        #expect(
          Approximate.equal(
            summary.meanAbsolute, values.reduce(0, +) / Double(values.count), relative: 1e-12))
        #expect(summary.maximumAbsolute == values.max()!)
        #expect(
          Approximate.equal(
            summary.norm, values.map { $0 * $0 }.reduce(0, +).squareRoot(), relative: 1e-12))
      }
      for (other, h) in gradients.enumerated() {
        let dot = zip(g, h).map { $0 * $1 }.reduce(0, +)
        #expect(Approximate.equal(statistics.gramian(group, other), dot, relative: 1e-12))
      }
    }
    let c = statistics.cosine(0, 1)
    #expect(c >= -1 && c <= 1)
  }

  @Test func float32AgreesWithFloat64() throws {
    let (builder, sets, _) = try ParameterGradientTests.makeProblem(
      .tanh, points: 70, tile: nil, widths: [8, 8, 8])
    let double = try builder.compile(Double.self)
    let single = try builder.compile(Float.self)
    TestNetworks.randomize(double, seed: 9)
    for i in 0..<double.layout.count { single.parameters[i] = Float(double.parameters[i]) }
    for i in 0..<double.layout.count { double.parameters[i] = Double(single.parameters[i]) }
    ParameterGradientTests.fill(double, sets: sets, seed: 6)
    ParameterGradientTests.fill(single, sets: sets, seed: 6)
    double.computePerTermGradients()
    single.computePerTermGradients()
    for term in double.terms {
      #expect(Approximate.equal(Double(single.loss(term)), double.loss(term), relative: 1e-4))
      let mismatch = Approximate.firstMismatch(
        single.gradient(of: term).map { Double($0) }, Array(double.gradient(of: term)),
        relative: 1e-3, absoluteScale: 1e-4)
      #expect(mismatch == nil, "\(double.termNames[term.index]): \(String(describing: mismatch))")
    }
  }

  @Test func resultsAreBitwiseReproducibleForAThreadCount() throws {
    let (builder, sets, _) = try ParameterGradientTests.makeProblem(
      .tanh, points: 300, tile: 64, widths: [8, 8])
    func run(threads: Int) throws -> ([Float], [[Float]]) {
      let plan = try builder.compile(
        Float.self, options: PlanOptions(threads: threads, tilePoints: 64))
      plan.initialize(.xavierNormal, seed: 4)
      ParameterGradientTests.fill(plan, sets: sets, seed: 8)
      plan.computePerTermGradients()
      plan.computePerTermGradients()
      return (Array(plan.losses), plan.terms.map { Array(plan.gradient(of: $0)) })
    }
    let first = try run(threads: 2)
    let second = try run(threads: 2)
    #expect(first.0 == second.0)
    #expect(first.1 == second.1)
    let single = try run(threads: 1)
    #expect(single.0 == (try run(threads: 1)).0)
    for (a, b) in zip(single.1, first.1) {
      let mismatch = Approximate.firstMismatch(
        a.map { Double($0) }, b.map { Double($0) }, relative: 1e-4, absoluteScale: 1e-5)
      #expect(mismatch == nil)
    }
  }
}
