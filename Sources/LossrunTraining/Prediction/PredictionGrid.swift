import LossrunCheck

/// An evenly spaced grid over a spec's input box (time included), the points `lossrun predict
/// --grid` evaluates.
///
/// Input `i` takes `counts[i]` values from its lower to its upper bound, both included; points
/// are ordered with the last input varying fastest, exactly as the training's grid evaluation
/// orders them (``EvaluationData``), so the two see the same coordinates.
package struct PredictionGrid: Sendable {
  /// The number of values per input (each at least 2).
  package var counts: [Int]
  /// Each input's lower bound.
  package var lower: [Double]
  /// Each input's upper bound.
  package var upper: [Double]
  /// The points, row-major, one coordinate per input.
  package var points: [Double]

  /// The grid over `spec`'s inputs with `counts` values per input (one count per input).
  package init(spec: CheckedSpec, counts: [Int]) {
    self.counts = counts
    lower = spec.inputs.map(\.lower)
    upper = spec.inputs.map(\.upper)
    points = EvaluationData.gridPoints(spec: spec, counts: counts)
  }

  /// The number of points.
  package var count: Int { counts.reduce(1, *) }

  /// The distance between neighbouring values of each input.
  package var spacing: [Double] {
    counts.indices.map { (upper[$0] - lower[$0]) / Double(counts[$0] - 1) }
  }
}
