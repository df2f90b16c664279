import LossrunCheck
import LossrunEngine
import LossrunReport

/// Evaluates a trained network and expressions of it at any points: `lossrun predict`.
///
/// The spec is lowered as for training (the same network description, input normalization and
/// learnable scalars, so the flat parameter vector has the same layout) but to a plan with one
/// point set and one engine probe per value: each network output, then each quantity. The plan
/// runs in the precision the parameters were saved in, forward only, in chunks of at most
/// ``chunkSize`` points, so a large grid needs no large plan.
package final class Predictor {
  /// The most points one forward pass evaluates.
  package static let chunkSize = 8192

  /// The value columns' names: the outputs, then the quantities.
  package let valueNames: [String]
  /// The precision of the parameters and of the evaluation.
  package let precision: ParameterFile.Precision
  private let evaluateChunks: ([Double], Int) -> [[Double]]

  /// Lowers `quantities` of `spec` for `pointCount` points with the trained `parameters`.
  ///
  /// Throws a ``TrainingError`` when the parameters do not fit the spec's network (another spec,
  /// a changed width) or a quantity cannot be lowered.
  package init(
    spec: CheckedSpec, quantities: [PredictedQuantity], parameters: ParameterFile, pointCount: Int
  ) throws {
    valueNames = spec.network.outputs + quantities.map(\.name)
    precision = parameters.precision
    let chunk = max(1, min(pointCount, Self.chunkSize))
    switch parameters.precision {
    case .float32:
      let plan = try PredictionPlan<Float>(
        spec: spec, quantities: quantities, parameters: parameters, chunk: chunk)
      evaluateChunks = plan.evaluate
    case .float64:
      let plan = try PredictionPlan<Double>(
        spec: spec, quantities: quantities, parameters: parameters, chunk: chunk)
      evaluateChunks = plan.evaluate
    }
  }

  /// The values at `count` points (row-major, one coordinate per input): one array per value
  /// column, in the order of ``valueNames``, each value converted exactly to Double.
  package func evaluate(points: [Double], count: Int) -> [[Double]] {
    evaluateChunks(points, count)
  }
}
