extension RunDirectory {
  /// The network's values at the evaluation points (`EvaluationTable`), for runs with an
  /// evaluation.
  public var evaluationPath: String { path + "/evaluation.csv" }
  /// The self-contained HTML report (``ReportPage``).
  public var reportPath: String { path + "/report.html" }
}
