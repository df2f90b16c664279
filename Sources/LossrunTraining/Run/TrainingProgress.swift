/// What one finished training step reports to a ``TrainingObserver``.
///
/// Steps count from 0, as in `metrics.csv`: step `s` is the update made after `s` earlier
/// updates, and its losses and evaluation are measured at the parameters before that update.
public struct TrainingProgress: Sendable {
  /// The step that finished (0-based; the run has now completed `step + 1` steps).
  public var step: Int
  /// Seconds since the first step started.
  public var elapsedSeconds: Double
  /// Whether this step is logged (a `metrics.csv` row at the log interval or an evaluation).
  public var isLogged: Bool
  /// Each term's loss at this step, in the run's term order.
  public var losses: [Double]
  /// Each term's weight at this step, in the run's term order.
  public var weights: [Double]
  /// The errors against the evaluation data, only when they were measured at this step.
  public var evaluation: EvaluationErrors?

  /// A step's report.
  package init(
    step: Int, elapsedSeconds: Double, isLogged: Bool, losses: [Double], weights: [Double],
    evaluation: EvaluationErrors? = nil
  ) {
    self.step = step
    self.elapsedSeconds = elapsedSeconds
    self.isLogged = isLogged
    self.losses = losses
    self.weights = weights
    self.evaluation = evaluation
  }
}
