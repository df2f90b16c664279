import LossrunEngine
import LossrunReport

/// Writes a run's outputs into its directory through LossrunReport, each file atomically:
/// `metrics.csv` (streamed to `metrics.csv.partial`, renamed at the end), `summary.json`,
/// `parameters.lrp` and the spec copy `spec.<ext>`.
final class RunRecorder {
  let directory: RunDirectory
  private let metrics: MetricsWriter

  init(directory: RunDirectory, termNames: [String], evaluationNames: [String]) throws {
    self.directory = directory
    do throws(ReportError) {
      try directory.create()
      metrics = try MetricsWriter(
        path: directory.metricsPath,
        columns: MetricsColumns(termNames: termNames, evaluationNames: evaluationNames))
    } catch {
      throw TrainingError("cannot write the run's outputs: \(error)")
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
      if let specText { try directory.writeSpecCopy(specText, extension: specExtension) }
      try summary.write(to: directory.summaryPath)
    } catch {
      throw TrainingError("cannot write the run's outputs: \(error)")
    }
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
