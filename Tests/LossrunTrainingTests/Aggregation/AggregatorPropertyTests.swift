import Foundation
import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// The property each aggregator's paper promises, on seeded random small cases.
@Suite struct AggregatorPropertyTests {
  private typealias Cases = AggregationTestCases

  /// Every (m, P, seed) case the properties run on.
  private static let cases: [(m: Int, p: Int, seed: UInt64)] = (1...3).flatMap { seed in
    Cases.sizes(seed: seed).map { ($0.m, $0.p, seed * 100 + UInt64($0.m * 50 + $0.p)) }
  }

  @Test func mgdaUPGradDualProjAndConFIGNeverIncreaseATermWhenTheGradientsShareAHalfSpace() {
    // TorchJD's regularization (reg_eps = 1e-4) trades exactness for a strictly convex QP;
    // without it (the gradients here are independent, so G is positive definite) the
    // projections are exact.
    var upgrad = UPGradAggregator()
    upgrad.projection.regularization = 0
    var dualProj = DualProjAggregator()
    dualProj.projection.regularization = 0
    let exact: [(String, any GradientAggregator)] = [
      ("mgda", MGDAAggregator()), ("upgrad", upgrad), ("dualproj", dualProj),
      ("config", ConFIGAggregator()),
    ]
    let regularized: [(String, any GradientAggregator)] = [
      ("upgrad", UPGradAggregator()), ("dualproj", DualProjAggregator()),
    ]
    for (m, p, seed) in Self.cases {
      let gradients = Cases.halfSpace(terms: m, parameters: p, seed: seed)
      for (tolerance, aggregators) in [(1e-9, exact), (1e-3, regularized)] {
        for (name, aggregator) in aggregators {
          let d = Cases.direction(aggregator, gradients)
          #expect(Cases.dot(d, d) > 0, "\(name) m=\(m) P=\(p)")
          #expect(
            Cases.worstCosine(d, gradients) >= -tolerance,
            "\(name) m=\(m) P=\(p) seed=\(seed)")
        }
      }
    }
  }

  @Test func mgdaUPGradAndDualProjStayInTheDualConeForAnyGradients() {
    for (m, p, seed) in Self.cases {
      let gradients = Cases.random(terms: m, parameters: p, seed: seed)
      let mgda = Cases.direction(MGDAAggregator(), gradients)
      let norm2 = Cases.dot(mgda, mgda)
      for g in gradients { #expect(Cases.dot(mgda, g) >= norm2 - 1e-9 * Cases.dot(g, g)) }
      for d in [
        Cases.direction(UPGradAggregator(), gradients),
        Cases.direction(DualProjAggregator(), gradients),
      ] {
        #expect(Cases.worstCosine(d, gradients) >= -1e-3, "m=\(m) P=\(p) seed=\(seed)")
      }
    }
  }

  @Test func mgdaIsTheMinimumNormPointOfTheHullAgainstABruteForceSimplexSearch() {
    for seed: UInt64 in 1...5 {
      for m in [2, 3] {
        let gradients = Cases.random(terms: m, parameters: 6 + Int(seed), seed: seed)
        let gramian = Cases.gramian(gradients)
        let d = Cases.direction(MGDAAggregator(), gradients)
        let steps = m == 2 ? 20_000 : 400
        var best = Double.infinity
        for a in 0...steps {
          for b in 0...(m == 2 ? 0 : steps - a) {
            let w1: Double = Double(a) / Double(steps)
            let w2: Double = m == 2 ? 1 - w1 : Double(b) / Double(steps)
            let w: [Double] = m == 2 ? [w1, w2] : [w1, w2, 1 - w1 - w2]
            best = Swift.min(best, gramian.quadraticForm(w))
          }
        }
        #expect(Cases.dot(d, d) <= best + 1e-12, "seed \(seed) m \(m)")
        #expect(Cases.dot(d, d) >= best - 1e-3 * best, "seed \(seed) m \(m)")
      }
    }
  }

  @Test func pcgradLeavesNoNegativeInnerProductBetweenTwoProjectedGradients() {
    var checked = 0
    for (_, p, seed) in Self.cases {
      let gradients = Cases.random(terms: 2, parameters: p, seed: seed)
      var generator = RandomGenerator(seed: seed)
      let a = PCGradAggregator(termCount: 2).projectedCombinations(
        gramian: Cases.gramian(gradients), generator: &generator)
      let projected: [[Double]] = (0..<2).map { (i: Int) -> [Double] in
        let (first, second) = (a[i * 2], a[i * 2 + 1])
        return (0..<p).map { (k: Int) -> Double in
          first * gradients[0][k] + second * gradients[1][k]
        }
      }
      let scale = Cases.dot(gradients[0], gradients[0]) + Cases.dot(gradients[1], gradients[1])
      #expect(Cases.dot(projected[0], projected[1]) >= -1e-12 * scale)
      if Cases.dot(gradients[0], gradients[1]) < 0 { checked += 1 }
      let d = Cases.direction(PCGradAggregator(termCount: 2), gradients)
      for g in gradients { #expect(Cases.dot(d, g) >= -1e-12 * scale) }
    }
    #expect(checked > 0, "some cases conflict")
  }

  @Test func configProjectsEquallyOnEveryUnitGradient() {
    for (m, p, seed) in Self.cases {
      let gradients = Cases.random(terms: m, parameters: p, seed: seed)
      let d = Cases.direction(ConFIGAggregator(), gradients)
      let projections = gradients.map { Cases.dot(d, $0) / Cases.dot($0, $0).squareRoot() }
      let first = projections[0]
      #expect(first > 0)
      for value in projections {
        #expect(Approximate.equal(value, first, relative: 1e-8), "m=\(m) P=\(p)")
      }
      let length = gradients.reduce(0) { $0 + Cases.dot($1, d) } / Cases.dot(d, d).squareRoot()
      #expect(Approximate.equal(Cases.dot(d, d).squareRoot(), length, relative: 1e-9))
    }
  }

  @Test func cagradWithNoRadiusIsTheAverageGradientUpToLibMTLsGuard() {
    for (m, p, seed) in Self.cases {
      let gradients = Cases.random(terms: m, parameters: p, seed: seed)
      let aggregator = CAGradAggregator(c: 0)
      let d = Cases.direction(aggregator, gradients)
      for c in aggregator.coefficients(gramian: Cases.gramian(gradients)) {
        #expect(Swift.abs(c - 1 / Double(m)) < 1e-7)
      }
      let mean = (0..<p).map { k in gradients.reduce(0) { $0 + $1[k] } / Double(m) }
      // LibMTL keeps k = c·‖g_0‖ + 1e-8, so with c = 0 the correction is of order 1e-8.
      #expect(Approximate.firstMismatch(d, mean, relative: 1e-7, absoluteScale: 1e-7) == nil)
    }
  }

  @Test func weightingsReturnTheCoefficientsOfTheDirectionTheyWrite() {
    let gradients = Cases.random(terms: 3, parameters: 9, seed: 11)
    let aggregators: [any GradientAggregator] = [
      PCGradAggregator(termCount: 3), MGDAAggregator(), CAGradAggregator(), UPGradAggregator(),
      DualProjAggregator(), ConFIGAggregator(),
    ]
    for aggregator in aggregators {
      let (d, c) = Self.runFresh(aggregator, gradients)
      guard let coefficients = c else {
        Issue.record("\(aggregator) returned no coefficients")
        continue
      }
      let sum = (0..<9).map { k in
        (0..<3).reduce(0.0) { $0 + coefficients[$1] * gradients[$1][k] }
      }
      #expect(Approximate.firstMismatch(d, sum, relative: 1e-12) == nil)
    }
  }

  @Test func sameSeedSameDirectionAndTheStateResumesBitForBit() throws {
    let gradients = Cases.random(terms: 5, parameters: 20, seed: 3)
    let pcgrad = PCGradAggregator(termCount: 5)
    var a = pcgrad.makeInitialState(parameterCount: 20, seed: 42)
    var b = pcgrad.makeInitialState(parameterCount: 20, seed: 42)
    for _ in 0..<5 {
      #expect(
        Cases.run(pcgrad, gradients, state: &a).direction
          == Cases.run(pcgrad, gradients, state: &b).direction)
    }
    let momentum = MomentumConFIGAggregator(termCount: 5)
    var live = momentum.makeInitialState(parameterCount: 20, seed: 42)
    for _ in 0..<7 { _ = Cases.run(momentum, gradients, state: &live) }
    let saved = try JSONEncoder().encode(live)
    var restored = try JSONDecoder().decode(MomentumConFIGAggregator.State.self, from: saved)
    for step in 0..<4 {
      let shifted = gradients.map { $0.map { $0 + Double(step) } }
      #expect(
        Cases.run(momentum, shifted, state: &live).direction
          == Cases.run(momentum, shifted, state: &restored).direction)
    }
  }

  /// `aggregator`'s direction and coefficients from a fresh state.
  private static func runFresh<A: GradientAggregator>(_ aggregator: A, _ gradients: [[Double]])
    -> ([Double], [Double]?)
  {
    var state = aggregator.makeInitialState(parameterCount: gradients[0].count, seed: 1)
    let result = Cases.run(aggregator, gradients, state: &state)
    return (result.direction, result.coefficients)
  }
}

extension AggregatorPropertyTests {
  /// CAGrad's dual weights minimize w·G u + k√(wᵀG w + 1e-8) over the simplex: no random point
  /// of the simplex does better.
  @Test func cagradDualWeightsBeatRandomPointsOfTheSimplex() {
    var generator = RandomGenerator(seed: 77)
    for (m, p, seed) in Self.cases {
      let gramian = Cases.gramian(Cases.random(terms: m, parameters: p, seed: seed))
      let u = [Double](repeating: 1 / Double(m), count: m)
      let b = gramian.times(u)
      let k = 0.5 * gramian.quadraticForm(u).squareRoot() + 1e-8
      func objective(_ w: [Double]) -> Double {
        Cases.dot(w, b) + k * (gramian.quadraticForm(w) + 1e-8).squareRoot()
      }
      let best = objective(CAGradAggregator().dualWeights(gramian, b: b, k: k))
      for _ in 0..<200 {
        let raw = (0..<m).map { _ in -Foundation.log(1 - generator.nextUnitDouble()) }
        let total = raw.reduce(0, +)
        let w = raw.map { $0 / total }
        #expect(best <= objective(w) + 1e-9 * Swift.abs(objective(w)), "m=\(m) P=\(p)")
      }
    }
  }
}
