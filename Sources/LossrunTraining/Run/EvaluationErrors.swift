/// Errors of the network against the evaluation data: per evaluated output, and over all of
/// them together.
public struct EvaluationErrors: Hashable, Sendable {
  /// Per output: ‖prediction − expected‖₂ / ‖expected‖₂ over the points.
  public var relativeL2: [Double]
  /// Per output: max |prediction − expected|.
  public var maxError: [Double]
  /// The relative L2 error of all evaluated outputs stacked into one vector.
  public var overallRelativeL2: Double
  /// The largest absolute error over all outputs.
  public var overallMaxError: Double
}
