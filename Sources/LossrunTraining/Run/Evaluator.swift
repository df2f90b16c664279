import LossrunEngine

/// Measures the plan's network on the evaluation point set with the engine's probes (forward
/// only, single-threaded), accumulating in Double. Each output's errors run over the points
/// that have its expected value (a reference file may leave some out); the overall relative L2
/// stacks exactly those values.
struct Evaluator<S: EngineScalar> {
  let slot: LoweredProblem.EvaluationSlot

  func evaluate(_ plan: Plan<S>) -> EvaluationErrors {
    plan.evaluateProbes(on: slot.pointSet)
    var relative: [Double] = []
    var maximum: [Double] = []
    var totalError = 0.0
    var totalExpected = 0.0
    for (index, probe) in slot.probes.enumerated() {
      let predicted = plan.probeValues(probe)
      let expected = slot.data.expected[index]
      var squaredError = 0.0
      var squaredExpected = 0.0
      var largest = 0.0
      for point in 0..<slot.data.count {
        guard let value = expected[point] else { continue }
        let error = Double(predicted[point]) - value
        squaredError += error * error
        squaredExpected += value * value
        let magnitude = abs(error)
        if !(magnitude <= largest) { largest = magnitude }
      }
      relative.append(Self.ratio(squaredError, squaredExpected))
      maximum.append(largest)
      totalError += squaredError
      totalExpected += squaredExpected
    }
    return EvaluationErrors(
      relativeL2: relative, maxError: maximum,
      overallRelativeL2: Self.ratio(totalError, totalExpected),
      overallMaxError: maximum.reduce(0) { $1 > $0 || $1.isNaN ? $1 : $0 })
  }

  /// √(a / b), or √a when the expected values are all zero (then the error is absolute).
  static func ratio(_ squaredError: Double, _ squaredExpected: Double) -> Double {
    squaredExpected > 0 ? (squaredError / squaredExpected).squareRoot() : squaredError.squareRoot()
  }
}
