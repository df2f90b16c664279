import LossrunCheck
import LossrunEngine
import LossrunJSON
import LossrunReport

/// Writes a run's outputs into its directory through LossrunReport, each file atomically:
/// `metrics.csv` (streamed to `metrics.csv.partial`, renamed at the end), `summary.json`,
/// `parameters.lrp` and the spec copy `spec.<ext>` (which records the command-line overrides, see
/// ``specCopy(_:summary:)``), and `checkpoint.lrc` (``TrainingCheckpoint``) durably.
final class RunRecorder {
  let directory: RunDirectory
  private let metrics: MetricsWriter

  /// A recorder that starts a new `metrics.csv` in `directory` with `columns`.
  init(directory: RunDirectory, columns: MetricsColumns) throws {
    self.directory = directory
    do throws(ReportError) {
      try directory.create()
      metrics = try MetricsWriter(path: directory.metricsPath, columns: columns)
    } catch {
      throw TrainingError("cannot write the run's outputs: \(error)")
    }
  }

  /// A recorder that continues the metrics of the run in `directory` from their first
  /// `keptBytes` bytes (a checkpoint's ``TrainingCheckpoint/metricsBytes``); the file must start
  /// with the header of `columns` (the same spec gives the same columns).
  init(continuing directory: RunDirectory, columns: MetricsColumns, keptBytes: Int) throws {
    self.directory = directory
    guard let source = directory.metricsToContinue else {
      throw TrainingError(
        "cannot resume: \(directory.metricsPath) is missing (the checkpoint continues it)")
    }
    do throws(ReportError) {
      metrics = try MetricsWriter(
        path: directory.metricsPath, columns: columns, continuing: source, keptBytes: keptBytes)
    } catch {
      throw TrainingError("cannot resume the metrics: \(error)")
    }
  }

  /// Makes the metrics rows so far durable and returns their length in bytes (a checkpoint
  /// records it).
  func syncMetrics() throws -> Int {
    do throws(ReportError) { try metrics.sync() } catch {
      throw TrainingError("cannot write the metrics: \(error)")
    }
    return metrics.byteCount
  }

  /// Writes a checkpoint payload atomically and durably.
  func writeCheckpoint(_ payload: [UInt8]) throws {
    do throws(ReportError) { try CheckpointFile.write(payload, to: directory.checkpointPath) } catch
    {
      throw TrainingError("cannot write the checkpoint: \(error)")
    }
  }

  /// Appends one metrics row.
  func append(_ row: MetricsRow) throws {
    do throws(ReportError) { try metrics.append(row) } catch {
      throw TrainingError("cannot write the metrics: \(error)")
    }
  }

  /// Publishes the metrics and writes the summary, the parameters and the spec copy.
  func finish<S: EngineScalar>(
    summary: RunSummary, plan: Plan<S>, parameterNames: [String], specText: String?,
    specExtension: String
  ) throws {
    do throws(ReportError) {
      try metrics.finish()
      try Self.parameterFile(plan: plan, scalarNames: parameterNames).write(
        to: directory.parametersPath)
      if let specText {
        try directory.writeSpecCopy(
          Self.specCopy(specText, summary: summary), extension: specExtension)
      }
      try summary.write(to: directory.summaryPath)
    } catch {
      throw TrainingError("cannot write the run's outputs: \(error)")
    }
  }

  /// The summary of a finished run of `spec` (the spec as trained, overrides applied);
  /// `learnedParameters` are its learnable parameters with their trained values (see
  /// ``learnedParameters(_:finalValues:)``).
  static func summary(
    spec: CheckedSpec, evaluationNames: [String], stepsCompleted: Int, seconds: Double,
    finalLosses: [Double], finalWeights: [Double], errors: EvaluationErrors?,
    learnedParameters: [RunSummary.LearnedParameter] = [], threads: Int
  ) -> RunSummary {
    let outputErrors =
      (errors.map { errors in
        zip(evaluationNames.indices, evaluationNames).compactMap { index, name in
          errors.relativeL2.indices.contains(index) && errors.maxError.indices.contains(index)
            ? RunSummary.OutputErrors(
              output: name, relativeL2: errors.relativeL2[index], maxError: errors.maxError[index])
            : nil
        }
      }) ?? []
    let settings = RunSettings(
      steps: spec.training.steps, seed: spec.training.seed,
      precision: spec.training.precision.rawValue, threads: threads,
      logEvery: spec.training.logEvery, optimizer: spec.training.optimizerName,
      weighting: spec.weightingName)
    return RunSummary(
      specName: spec.name, steps: stepsCompleted, seconds: seconds,
      termNames: spec.terms.map(\.name), finalLosses: finalLosses, finalWeights: finalWeights,
      relativeL2: errors?.overallRelativeL2, maxError: errors?.overallMaxError,
      outputErrors: outputErrors, learnedParameters: learnedParameters, settings: settings,
      overriddenSettings: spec.overrides.entries.map(\.key))
  }

  /// `problem`'s learnable spec parameters with their initial values and `finalValues` (in
  /// engine scalar order, as ``TrainingLoop/learnedValues``).
  static func learnedParameters(_ problem: LoweredProblem, finalValues: [Double])
    -> [RunSummary.LearnedParameter]
  {
    zip(problem.learnableParameters, finalValues).map { index, value in
      let parameter = problem.spec.parameters[index]
      return RunSummary.LearnedParameter(
        name: parameter.name, initialValue: parameter.initial, finalValue: value)
    }
  }

  /// The spec's text as copied into the run directory: unchanged without command-line
  /// overrides of what the run computes; else preceded by comment lines naming them
  /// (`--steps 7 --seed 9`), which replace the spec's own values, so the copy says how the run
  /// was made. `--out` is not repeated: the copy is in that directory.
  static func specCopy(_ text: String, summary: RunSummary) -> String {
    let flags = ["steps": "--steps", "seed": "--seed", "precision": "--precision"]
    let given = (summary.settings?.fields ?? []).filter {
      summary.overriddenSettings.contains($0.0)
    }
    guard !given.isEmpty else { return text }
    let arguments = given.map { key, value in
      let written: String
      if case .string(let keyword) = value { written = keyword } else { written = value.text() }
      return "\(flags[key] ?? "--" + key) \(written)"
    }
    return "# lossrun \(summary.version) ran this spec with command-line overrides, which replace "
      + "its own values:\n#   " + arguments.joined(separator: " ") + "\n" + text
  }

  /// The trained parameters as blocks `layer<k>.weight` (`[out, in]`, row-major),
  /// `layer<k>.bias` (`[out]`) for k = 1… from the input side, then one block `[1]` per
  /// learnable spec parameter, named after it.
  static func parameterFile<S: EngineScalar>(plan: Plan<S>, scalarNames: [String])
    throws(ReportError) -> ParameterFile
  {
    var blocks: [ParameterFile.Block] = []
    for (index, layer) in plan.layout.layers.enumerated() {
      blocks.append(
        .init(name: "layer\(index + 1).weight", shape: [layer.outputCount, layer.inputCount]))
      blocks.append(.init(name: "layer\(index + 1).bias", shape: [layer.outputCount]))
    }
    for name in scalarNames { blocks.append(.init(name: name, shape: [1])) }
    return try ParameterFile(
      values: Array(plan.parameters), blocks: blocks,
      precision: S.self == Float.self ? .float32 : .float64)
  }
}
