import LossrunCheck
import LossrunEngine
import LossrunReport

/// Trains a checked spec end to end: lowering, sampling, the training loop, evaluation and the
/// run's outputs. This is what `lossrun SPEC` runs.
public enum TrainingRun {
  /// What a run produced.
  public struct Result: Sendable {
    /// The summary written to `summary.json`.
    public var summary: RunSummary
    /// The output directory.
    public var directory: RunDirectory
    /// Whether a stop request (``run(spec:specText:specExtension:options:observer:shouldStop:)``'s
    /// `shouldStop`) ended the run early.
    public var interrupted: Bool
    /// The final evaluation errors, when the spec asks for an evaluation.
    public var errors: EvaluationErrors?
    /// The first non-finite loss, when one stopped the run.
    public var nonFiniteLoss: NonFiniteLoss?
    /// What could not be written of `evaluation.csv` and `report.html`, which are written last
    /// (every other output is in place when this is set).
    public var reportError: TrainingError? = nil
  }

  /// Trains `spec` with `options`' overrides and writes the outputs.
  ///
  /// The run never touches the terminal or the process's signals: it reports its progress to
  /// `observer` and checks `shouldStop` before every step; once that returns true the run stops
  /// cleanly (the current step is finished, every output is written, and the result is marked
  /// ``Result/interrupted``).
  ///
  /// A new run refuses an output directory that holds a run unless `options.force` (see
  /// ``RunOptions/force``); it saves a checkpoint every `checkpoint_every` steps and at the end
  /// (also when stopped), and `options.resume` continues the directory's run from its
  /// checkpoint, bit for bit: the same spec, seed, precision and thread count give the same
  /// parameters and metrics (but `elapsed`) as a run that was never stopped.
  ///
  /// - Parameters:
  ///   - specText: the spec's source, copied into the output directory (nil: no copy).
  ///   - specExtension: the copy's extension (`yaml` or `loss`).
  ///   - observer: receives the run's start, every finished step and its end (nil: nobody).
  ///   - shouldStop: asked before every step whether to stop there (default: never).
  public static func run(
    spec: CheckedSpec, specText: String?, specExtension: String = "yaml",
    options: RunOptions = RunOptions(), observer: (any TrainingObserver)? = nil,
    shouldStop: () -> Bool = { false }
  ) throws -> Result {
    let spec = try options.applied(to: spec)
    let problem = try LoweredProblem(spec: spec, evaluation: try EvaluationData.make(for: spec))
    switch spec.training.precision {
    case .float32:
      return try train(
        problem, Float.self, specText: specText, specExtension: specExtension, options: options,
        observer: observer, shouldStop: shouldStop)
    case .float64:
      return try train(
        problem, Double.self, specText: specText, specExtension: specExtension, options: options,
        observer: observer, shouldStop: shouldStop)
    }
  }

  static func train<S: EngineScalar>(
    _ problem: LoweredProblem, _: S.Type, specText: String?, specExtension: String,
    options: RunOptions, observer: (any TrainingObserver)?, shouldStop: () -> Bool
  ) throws -> Result {
    let spec = problem.spec
    let loop = try TrainingLoop<S>(problem: problem, threads: options.threads)
    let directory = RunDirectory(path: spec.outputDirectory)
    let identity = RunIdentity(spec: spec, specText: specText, threads: options.threads)
    let evaluationNames = problem.evaluation?.data.names ?? []
    let recorder: RunRecorder
    var continuation = TrainingLoop<S>.Continuation(
      checkpointEvery: spec.training.checkpointEvery)
    var resumedFrom: Int?
    if options.resume {
      let checkpoint = try loadCheckpoint(S.self, in: directory, spec: spec, identity: identity)
      try loop.restore(checkpoint)
      recorder = try RunRecorder(
        continuing: directory, columns: loop.metricsColumns, keptBytes: checkpoint.metricsBytes)
      continuation.firstStep = checkpoint.step
      continuation.elapsedBefore = checkpoint.elapsedSeconds
      resumedFrom = checkpoint.step
    } else {
      try prepareNewRun(in: directory, force: options.force)
      recorder = try RunRecorder(directory: directory, columns: loop.metricsColumns)
    }
    continuation.saveCheckpoint = { completed, elapsed in
      try saveCheckpoint(
        loop, recorder: recorder, identity: identity, completed: completed,
        elapsedSeconds: elapsed)
    }
    observer?.trainingStarted(termNames: problem.termNames, totalSteps: spec.training.steps)
    let outcome = try loop.run(
      recorder: recorder, continuation: continuation, observer: observer,
      shouldStop: shouldStop)
    var summary = RunRecorder.summary(
      spec: spec, evaluationNames: evaluationNames,
      stepsCompleted: outcome.stepsCompleted, seconds: outcome.seconds,
      finalLosses: outcome.finalLosses, finalWeights: outcome.finalWeights,
      errors: outcome.finalErrors,
      learnedParameters: RunRecorder.learnedParameters(
        problem, finalValues: outcome.finalParameters),
      threads: options.threads)
    summary.status =
      outcome.nonFiniteLoss != nil ? .failed : outcome.interrupted ? .interrupted : .finished
    summary.statusStep = outcome.stepsCompleted
    summary.resumedFrom = resumedFrom
    summary.adaptiveSampling = loop.samplers.adaptiveUpdates.map {
      RunSummary.AdaptiveSampling(
        sampler: $0.name, updates: $0.updates, points: $0.points, lastUpdateSeconds: $0.lastSeconds)
    }
    try recorder.writeSafetensors(plan: loop.plan, problem: problem)
    try recorder.finish(
      summary: summary, plan: loop.plan,
      parameterNames: problem.learnableParameterNames,
      specText: specText, specExtension: specExtension)
    let reportError = RunReportWriter.write(
      directory: directory,
      evaluation: loop.evaluator?.table(loop.plan, inputNames: spec.inputs.map(\.name)))
    let result = Result(
      summary: summary, directory: directory, interrupted: outcome.interrupted,
      errors: outcome.finalErrors, nonFiniteLoss: outcome.nonFiniteLoss, reportError: reportError)
    observer?.trainingFinished(result)
    return result
  }
}
