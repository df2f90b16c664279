/// Receives a run's progress: its start, every finished step, and its end.
///
/// ``TrainingRun`` calls an observer from the thread that runs it, once before the first step,
/// once after every step (keep ``stepFinished(_:)`` cheap: it runs in the training loop) and once
/// after the outputs are written. The library itself never writes to the terminal; the
/// command line's progress line is one observer. Every method has an empty default.
public protocol TrainingObserver: AnyObject {
  /// The run is about to take its first step.
  ///
  /// - Parameters:
  ///   - termNames: the loss terms, in the order of every step's losses and weights.
  ///   - totalSteps: the number of steps the run will take unless it is stopped.
  func trainingStarted(termNames: [String], totalSteps: Int)

  /// A step finished.
  func stepFinished(_ progress: TrainingProgress)

  /// The run finished (or was stopped) and its outputs are written.
  func trainingFinished(_ result: TrainingRun.Result)
}

extension TrainingObserver {
  /// Does nothing.
  public func trainingStarted(termNames: [String], totalSteps: Int) {}

  /// Does nothing.
  public func stepFinished(_ progress: TrainingProgress) {}

  /// Does nothing.
  public func trainingFinished(_ result: TrainingRun.Result) {}
}
