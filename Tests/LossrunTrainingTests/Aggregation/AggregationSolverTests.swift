import LossrunEngine
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// The small dense solvers behind the aggregators, and IMTL-G, on seeded random cases.
@Suite struct AggregationSolverTests {
  private typealias Cases = AggregationTestCases

  /// A random positive definite m×m Gramian (of m gradients of m + 3 entries).
  private func gramian(_ m: Int, seed: UInt64) -> Gramian {
    Cases.gramian(Cases.random(terms: m, parameters: m + 3, seed: seed))
  }

  @Test func choleskySolvesAndRefusesAnIndefiniteMatrix() throws {
    let g = gramian(5, seed: 1)
    let b = [1.0, -2, 3, 0.5, 0]
    let x = try #require(SmallDenseAlgebra.choleskySolve(g.entries, b, size: 5))
    #expect(Approximate.firstMismatch(g.times(x), b, relative: 1e-9) == nil)
    #expect(SmallDenseAlgebra.choleskySolve([1, 2, 2, 1], [1, 1], size: 2) == nil)
  }

  @Test func jacobiEigenvectorsDiagonalizeAndThePseudoInverseIgnoresTheNullSpace() {
    let g = gramian(4, seed: 2)
    let (values, vectors) = SmallDenseAlgebra.symmetricEigen(g.entries, size: 4)
    for k in 0..<4 {
      let v = (0..<4).map { vectors[$0 * 4 + k] }
      let gv = g.times(v)
      for i in 0..<4 { #expect(Swift.abs(gv[i] - values[k] * v[i]) < 1e-10) }
    }
    // Rank one: [[1, 1], [1, 1]]⁺ (1, 1) = (½, ½).
    let x = SmallDenseAlgebra.pseudoInverseApply(
      [1, 1, 1, 1], [1, 1], size: 2, relativeCutoff: 1e-10)
    #expect(Approximate.firstMismatch(x, [0.5, 0.5], relative: 1e-12) == nil)
  }

  @Test func nonnegativeQuadraticProgramMeetsTheOptimalityConditions() {
    var generator = RandomGenerator(seed: 5)
    for m in [2, 3, 5, 8] {
      for seed: UInt64 in 1...10 {
        let g = gramian(m, seed: seed * 17 + UInt64(m))
        let q = (0..<m).map { _ in generator.nextNormal() }
        let x = NonnegativeQuadraticProgram().solve(g.entries, q, size: m)
        let gradient = zip(g.times(x), q).map { $0 + $1 }
        let scale = (0..<m).map { g[$0, $0] }.max()! + q.map { Swift.abs($0) }.max()!
        for k in 0..<m {
          #expect(x[k] >= 0)
          #expect(gradient[k] >= -1e-9 * scale, "m \(m) seed \(seed)")
          #expect(Swift.abs(x[k] * gradient[k]) <= 1e-9 * scale * scale, "complementarity")
        }
      }
    }
  }

  @Test func simplexProgramMeetsTheOptimalityConditionsEvenWhenZeroIsInTheHull() {
    for m in [2, 3, 5, 8] {
      for seed: UInt64 in 1...10 {
        // More terms than dimensions: the hull often contains 0.
        let gradients = Cases.random(terms: m, parameters: Swift.max(2, m - 2), seed: seed)
        let g = Cases.gramian(gradients)
        let w = SimplexQuadraticProgram().solve(g)
        #expect(Swift.abs(w.reduce(0, +) - 1) < 1e-12)
        let gw = g.times(w)
        let value = g.quadraticForm(w)
        let scale = (0..<m).map { g[$0, $0] }.max()!
        for k in 0..<m {
          #expect(w[k] >= 0)
          #expect(gw[k] >= value - 1e-9 * scale, "m \(m) seed \(seed)")
        }
      }
    }
  }

  @Test func imtlgProjectsEquallyOnEveryUnitGradientWithWeightsSummingToOne() {
    for seed: UInt64 in 1...6 {
      for m in [2, 3, 5] {
        let gradients = Cases.random(terms: m, parameters: 4 + 7 * Int(seed), seed: seed)
        let w = IMTLGAggregator().coefficients(gramian: Cases.gramian(gradients))
        #expect(Swift.abs(w.reduce(0, +) - 1) < 1e-12)
        let d = Cases.direction(IMTLGAggregator(), gradients)
        let projections = gradients.map { Cases.dot(d, $0) / Cases.dot($0, $0).squareRoot() }
        for p in projections { #expect(Approximate.equal(p, projections[0], relative: 1e-8)) }
      }
    }
  }

  /// g_1 = (1, 0), g_2 = (−1, 1): G⁻¹ = [[2, 1], [1, 1]], s = (1, √2), v = (2 + √2, 1 + √2),
  /// Σ v = (1 + √2)², so d = (1/(1 + √2)², 1/(1 + √2)).
  @Test func imtlgHandComputed() {
    let a = 1 + 2.0.squareRoot()
    let d = Cases.direction(IMTLGAggregator(), [[1, 0], [-1, 1]])
    #expect(Approximate.firstMismatch(d, [1 / (a * a), 1 / a], relative: 1e-12) == nil)
  }
}

extension AggregationSolverTests {
  /// Scaling the Gramian by the term weights and the coefficients back gives the aggregate of
  /// the scaled gradients (how a scaling rule composes with an aggregator).
  @Test func aScaledGramianAggregatesTheScaledGradients() {
    let gradients = Cases.random(terms: 3, parameters: 12, seed: 9)
    let weights = [0.5, 2.0, 1.5]
    let scaled = zip(gradients, weights).map { row, w in row.map { $0 * w } }
    let direct = UPGradAggregator().coefficients(gramian: Cases.gramian(scaled))
    let composed = UPGradAggregator().coefficients(
      gramian: Cases.gramian(gradients).scaled(by: weights))
    #expect(Approximate.firstMismatch(direct, composed, relative: 1e-12) == nil)
  }
}
