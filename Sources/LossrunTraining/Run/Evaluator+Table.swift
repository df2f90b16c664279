import LossrunEngine
import LossrunReport

extension Evaluator {
  /// The network's values at the evaluation points beside the expected ones, for
  /// `evaluation.csv`.
  ///
  /// Runs the same forward pass as ``evaluate(_:)`` (the probes, single-threaded) and converts
  /// each prediction to Double as it does, so the errors recomputed from the table are the
  /// evaluation's. Training state is not touched.
  func table(_ plan: Plan<S>, inputNames: [String]) -> EvaluationTable {
    plan.evaluateProbes(on: slot.pointSet)
    let predictions = slot.probes.map { probe in
      plan.probeValues(probe).prefix(slot.data.count).map { Double($0) }
    }
    return EvaluationTable(
      inputNames: inputNames, outputNames: slot.data.names, points: slot.data.points,
      predictions: predictions, expected: slot.data.expected)
  }
}
