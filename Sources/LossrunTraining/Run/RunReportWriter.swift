import LossrunReport

/// Writes the outputs a person looks at, after every other output of a run is in place:
/// `evaluation.csv` (for a run with an evaluation) and `report.html`, made from the run
/// directory's files as `lossrun report` makes it.
///
/// A failure here loses nothing else: the metrics, summary, parameters and spec copy are
/// already written, so the problem is returned (and reported after them) rather than thrown.
enum RunReportWriter {
  /// Writes `evaluation` (if any) and the report into `directory`; returns what failed, if
  /// anything.
  static func write(directory: RunDirectory, evaluation: EvaluationTable?) -> TrainingError? {
    var problems: [String] = []
    if let evaluation {
      do throws(ReportError) { try evaluation.write(to: directory.evaluationPath) } catch {
        problems.append("cannot write the evaluation values: \(error)")
      }
    }
    do throws(ReportError) {
      try ReportPage(run: try RunRecord(directory: directory.path)).write(
        to: directory.reportPath)
    } catch {
      problems.append("cannot write the report: \(error)")
    }
    guard !problems.isEmpty else { return nil }
    return TrainingError(
      problems.joined(separator: "; ") + " (the other outputs of the run are written)")
  }
}
