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
    /// Whether Ctrl-C stopped the run early.
    public var interrupted: Bool
    /// The final evaluation errors, when the spec asks for an evaluation.
    public var errors: EvaluationErrors?
    /// The first non-finite loss, when one stopped the run.
    public var nonFiniteLoss: NonFiniteLoss?
  }

  /// Trains `spec` with `options`' overrides and writes the outputs.
  ///
  /// - Parameters:
  ///   - specText: the spec's source, copied into the output directory (nil: no copy).
  ///   - specExtension: the copy's extension (`yaml` or `loss`).
  public static func run(
    spec: CheckedSpec, specText: String?, specExtension: String = "yaml",
    options: RunOptions = RunOptions()
  ) throws -> Result {
    try run(
      spec: spec, specText: specText, specExtension: specExtension, options: options,
      shouldStop: options.handlesInterrupts ? { InterruptMonitor.isStopRequested } : { false })
  }

  /// ``run(spec:specText:specExtension:options:)`` stopping cleanly before the first step at
  /// which `shouldStop` returns true.
  static func run(
    spec: CheckedSpec, specText: String?, specExtension: String, options: RunOptions,
    shouldStop: () -> Bool
  ) throws -> Result {
    let spec = try options.applied(to: spec)
    let problem = try LoweredProblem(spec: spec, evaluation: try EvaluationData.make(for: spec))
    switch spec.training.precision {
    case .float32:
      return try train(
        problem, Float.self, specText: specText, specExtension: specExtension, options: options,
        shouldStop: shouldStop)
    case .float64:
      return try train(
        problem, Double.self, specText: specText, specExtension: specExtension, options: options,
        shouldStop: shouldStop)
    }
  }

  static func train<S: EngineScalar>(
    _ problem: LoweredProblem, _: S.Type, specText: String?, specExtension: String,
    options: RunOptions, shouldStop: () -> Bool
  ) throws -> Result {
    let spec = problem.spec
    let loop = try TrainingLoop<S>(problem: problem, threads: options.threads)
    let directory = RunDirectory(path: spec.outputDirectory)
    let recorder = try RunRecorder(
      directory: directory, termNames: problem.termNames,
      evaluationNames: problem.evaluation?.data.names ?? [])
    let progress = ProgressReporter(
      options: options.progress, termNames: problem.termNames, totalSteps: spec.training.steps)
    if options.handlesInterrupts { InterruptMonitor.install() }
    defer { if options.handlesInterrupts { InterruptMonitor.uninstall() } }
    let outcome = try loop.run(
      recorder: recorder, progress: progress, shouldStop: shouldStop)
    let summary = RunRecorder.summary(
      spec: spec, evaluationNames: problem.evaluation?.data.names ?? [],
      stepsCompleted: outcome.stepsCompleted, seconds: outcome.seconds,
      finalLosses: outcome.finalLosses, finalWeights: outcome.finalWeights,
      errors: outcome.finalErrors, threads: options.threads)
    try recorder.finish(
      summary: summary, plan: loop.plan,
      parameterNames: problem.learnableParameters.map { spec.parameters[$0].name },
      specText: specText, specExtension: specExtension)
    progress.finish(closingLine(summary, directory: directory, interrupted: outcome.interrupted))
    return Result(
      summary: summary, directory: directory, interrupted: outcome.interrupted,
      errors: outcome.finalErrors, nonFiniteLoss: outcome.nonFiniteLoss)
  }

  static func closingLine(_ summary: RunSummary, directory: RunDirectory, interrupted: Bool)
    -> String
  {
    var text = interrupted ? "interrupted after \(summary.steps) steps" : "\(summary.steps) steps"
    text += " in \(ProgressReporter.fixed(summary.seconds, 1)) s"
    text += " (\(ProgressReporter.fixed(summary.stepsPerSecond, 0)) steps/s)"
    if let l2 = summary.relativeL2 { text += "; relative L2 \(ProgressReporter.scientific(l2))" }
    if let max = summary.maxError { text += ", max error \(ProgressReporter.scientific(max))" }
    return text + "; outputs in \(directory.path)/"
  }
}
