import Foundation
import Testing

@testable import LossrunTraining

@Suite struct OptimizerTests {
  /// f(x) = Σ c_i (x_i − t_i)², minimum at t.
  private let curvatures: [Double] = [1, 4, 0.5]
  private let target: [Double] = [1, -2, 3]

  private func quadraticGradient(_ x: [Double]) -> [Double] {
    x.indices.map { 2 * curvatures[$0] * (x[$0] - target[$0]) }
  }

  @Test func adamFirstStepsMatchHandComputedValues() {
    // Step 1 moves each parameter by lr·sign(g) (up to ε); step 2 from the formula by hand:
    // m = 0.9·0.05 + 0.1·0.25 = 0.07, v = 0.999·0.00025 + 0.001·0.0625 = 0.00031225, …
    let gradients: [[Double]] = [[0.5, -1], [0.25, 2]]
    let cases: [(AdamOptimizer<Double>.Settings, [[Double]])] = [
      (.pytorch(), [[0.900000002, -1.900000001], [0.8067820404774624, -1.9366103534720749]]),
      (
        .pytorch(weightDecay: 0.1),
        [[0.9000000016666666, -1.9000000008333333], [0.8050097658613199, -1.9250178784643248]]
      ),
      (
        .pytorch(weightDecay: 0.1, weightDecayMode: .decoupled),
        [[0.890000002, -1.880000001], [0.7878820404574624, -1.897810353462075]]
      ),
    ]
    for (settings, expected) in cases {
      var adam = AdamOptimizer<Double>(settings: settings)
      var parameters: [Double] = [1, -2]
      for (gradient, after) in zip(gradients, expected) {
        adam.step(parameters: &parameters, gradient: gradient, learningRate: 0.1)
        for (value, reference) in zip(parameters, after) { #expect(abs(value - reference) < 1e-13) }
      }
      #expect(adam.stepCount == 2)
    }
  }

  @Test func adamMinimizesAQuadraticInBothPrecisions() {
    var adam = AdamOptimizer<Double>(settings: .pytorch())
    var x: [Double] = [0, 0, 0]
    for step in 0..<3000 {
      let rate = LearningRateSchedule.exponential(rate: 0.5, every: 500, staircase: false)
        .learningRate(at: step, base: 0.05)
      adam.step(parameters: &x, gradient: quadraticGradient(x), learningRate: rate)
    }
    for i in x.indices { #expect(abs(x[i] - target[i]) < 1e-4) }

    var adamFloat = AdamOptimizer<Float>(settings: .pytorch())
    var y: [Float] = [0, 0, 0]
    for _ in 0..<2000 {
      let gradient = quadraticGradient(y.map(Double.init)).map(Float.init)
      adamFloat.step(parameters: &y, gradient: gradient, learningRate: 0.01)
    }
    for i in y.indices { #expect(abs(Double(y[i]) - target[i]) < 1e-2) }
  }

  @Test func adamStateRoundTripsAndResumesBitForBit() throws {
    var adam = AdamOptimizer<Float>(settings: .pytorch())
    var x: [Float] = [0.3, -0.7]
    adam.step(parameters: &x, gradient: [0.1, 0.2], learningRate: 0.01)
    var restored = try JSONDecoder().decode(
      AdamOptimizer<Float>.self, from: JSONEncoder().encode(adam))
    var y = x
    adam.step(parameters: &x, gradient: [0.3, -0.1], learningRate: 0.01)
    restored.step(parameters: &y, gradient: [0.3, -0.1], learningRate: 0.01)
    #expect(x == y && restored == adam)
  }

  @Test(arguments: [(0.0, false), (0.9, false), (0.9, true)])
  func sgdMinimizesAQuadratic(momentum: Double, nesterov: Bool) {
    var sgd = SGDOptimizer<Double>(settings: .pytorch(momentum: momentum, nesterov: nesterov))
    var x: [Double] = [0, 0, 0]
    for _ in 0..<500 {
      sgd.step(parameters: &x, gradient: quadraticGradient(x), learningRate: 0.05)
    }
    for i in x.indices { #expect(abs(x[i] - target[i]) < 1e-6) }
  }

  @Test func sgdMomentumStepsMatchHandComputedValues() {
    // b₁ = g₁ = 1; Nesterov direction g₁ + μb₁ = 1.5 → x = −0.15.
    // b₂ = 0.5·1 + 2 = 2.5; direction 2 + 0.5·2.5 = 3.25 → x = −0.15 − 0.325 = −0.475.
    var sgd = SGDOptimizer<Double>(settings: .pytorch(momentum: 0.5, nesterov: true))
    var x: [Double] = [0]
    sgd.step(parameters: &x, gradient: [1], learningRate: 0.1)
    #expect(abs(x[0] + 0.15) < 1e-15)
    sgd.step(parameters: &x, gradient: [2], learningRate: 0.1)
    #expect(abs(x[0] + 0.475) < 1e-15)
  }

  @Test func lbfgsFindsTheRosenbrockMinimum() {
    var lbfgs = LBFGSOptimizer<Double>(
      settings: .pytorch(maxIterations: 200, gradientTolerance: 1e-12, changeTolerance: 1e-20))
    var x: [Double] = [-1.2, 1]
    var evaluations = 0
    var result = lbfgs.step(parameters: &x) { p, g in
      evaluations += 1
      let (a, b) = (p[0], p[1])
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a)
      g[1] = 200 * (b - a * a)
      return (1 - a) * (1 - a) + 100 * (b - a * a) * (b - a * a)
    }
    #expect(abs(x[0] - 1) < 1e-6 && abs(x[1] - 1) < 1e-6)
    #expect(result.finalLoss < 1e-12 && abs(result.initialLoss - 24.2) < 1e-12)
    #expect(result.evaluations == evaluations && evaluations < 250)
    result = lbfgs.step(parameters: &x) { p, g in
      g[0] = -2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0])
      g[1] = 200 * (p[1] - p[0] * p[0])
      return 0
    }
    #expect(result.iterations <= 1)
  }

  @Test func lbfgsInFloatMinimizesAQuadratic() {
    var lbfgs = LBFGSOptimizer<Float>(settings: .pytorch())
    var x: [Float] = [0, 0, 0]
    let curvatures = self.curvatures
    let target = self.target
    _ = lbfgs.step(parameters: &x) { p, g in
      var loss = 0.0
      for i in 0..<3 {
        let d = Double(p[i]) - target[i]
        g[i] = Float(2 * curvatures[i] * d)
        loss += curvatures[i] * d * d
      }
      return loss
    }
    for i in x.indices { #expect(abs(Double(x[i]) - target[i]) < 1e-4) }
  }

  @Test func lbfgsWithoutLineSearchTakesFixedStepsToTheMinimum() {
    // On a quadratic, L-BFGS with unit steps is exact once its history spans the space.
    var lbfgs = LBFGSOptimizer<Double>(settings: .pytorch(maxIterations: 50, usesLineSearch: false))
    var x: [Double] = [0, 0, 0]
    var evaluations = 0
    let curvatures = self.curvatures
    let target = self.target
    let result = lbfgs.step(parameters: &x) { p, g in
      evaluations += 1
      var loss = 0.0
      for i in 0..<3 {
        let d = p[i] - target[i]
        g[i] = 2 * curvatures[i] * d
        loss += curvatures[i] * d * d
      }
      return loss
    }
    // One evaluation at the start and exactly one per iteration: no search.
    #expect(evaluations == result.iterations + 1)
    for i in x.indices { #expect(abs(x[i] - target[i]) < 1e-6) }
  }

  @Test func lbfgsBacksOffFromNonFiniteLosses() {
    // f = x² for x < 2, +∞ beyond: the first trial step overshoots into the infinite region.
    var lbfgs = LBFGSOptimizer<Double>(settings: .pytorch(learningRate: 100))
    var x: [Double] = [1]
    let result = lbfgs.step(parameters: &x) { p, g in
      g[0] = 2 * p[0]
      return p[0] < 2 ? p[0] * p[0] : .infinity
    }
    #expect(result.finalLoss < 1 && abs(x[0]) < 1)
  }

  @Test func schedulesFollowTheirFormulas() {
    let continuous = LearningRateSchedule.exponential(rate: 0.9, every: 1000, staircase: false)
    #expect(abs(continuous.learningRate(at: 500, base: 1e-3) - 1e-3 * pow(0.9, 0.5)) < 1e-18)
    let staircase = LearningRateSchedule.exponential(rate: 0.9, every: 1000, staircase: true)
    #expect(staircase.learningRate(at: 1999, base: 1) == 0.9)
    #expect(LearningRateSchedule.step(factor: 0.5, every: 10).learningRate(at: 25, base: 1) == 0.25)
    let cosine = LearningRateSchedule.cosine(steps: 100, minimum: 0.1)
    #expect(cosine.learningRate(at: 0, base: 1) == 1)
    #expect(abs(cosine.learningRate(at: 50, base: 1) - 0.55) < 1e-15)
    #expect(cosine.learningRate(at: 200, base: 1) == 0.1)
    #expect(LearningRateSchedule.constant.learningRate(at: 7, base: 0.3) == 0.3)
  }
}

@Suite struct LBFGSResumeTests {
  private static func rosenbrock(
    _ p: UnsafeBufferPointer<Double>, _ g: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    g[0] = -2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0])
    g[1] = 200 * (p[1] - p[0] * p[0])
    return (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0])
  }

  @Test func savedHistoryResumesBitForBit() throws {
    var lbfgs = LBFGSOptimizer<Double>(settings: .pytorch(maxIterations: 5))
    var x: [Double] = [-1.2, 1]
    _ = lbfgs.step(parameters: &x, evaluate: Self.rosenbrock)
    #expect(lbfgs.historyCount > 0)
    var restored = try JSONDecoder().decode(
      LBFGSOptimizer<Double>.self, from: JSONEncoder().encode(lbfgs))
    var y = x
    _ = lbfgs.step(parameters: &x, evaluate: Self.rosenbrock)
    _ = restored.step(parameters: &y, evaluate: Self.rosenbrock)
    #expect(x == y && restored.iterationCount == lbfgs.iterationCount)
  }
}

/// PyTorch's default settings, the reference the expected values above were computed with.
extension AdamOptimizer.Settings {
  fileprivate static func pytorch(
    weightDecay: Double = 0, weightDecayMode: WeightDecayMode = .l2
  ) -> Self {
    Self(
      beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: weightDecay,
      weightDecayMode: weightDecayMode)
  }
}

extension SGDOptimizer.Settings {
  fileprivate static func pytorch(momentum: Double, nesterov: Bool) -> Self {
    Self(momentum: momentum, dampening: 0, nesterov: nesterov, weightDecay: 0, weightDecayMode: .l2)
  }
}

/// PyTorch's `LBFGS` defaults but a history of 10 pairs (lossrun's catalogue default).
extension LBFGSOptimizer.Settings {
  fileprivate static func pytorch(
    maxIterations: Int = 20, gradientTolerance: Double = 1e-7, changeTolerance: Double = 1e-9,
    learningRate: Double = 1, usesLineSearch: Bool = true
  ) -> Self {
    var settings = Self(
      historySize: 10, maxIterations: maxIterations, gradientTolerance: gradientTolerance,
      learningRate: learningRate, usesLineSearch: usesLineSearch)
    settings.changeTolerance = changeTolerance
    return settings
  }
}
