extension RunDirectory {
  /// The checkpoint (see ``CheckpointFile``).
  public var checkpointPath: String { path + "/checkpoint.lrc" }

  /// The metrics file still being written (a run that did not finish leaves it).
  public var partialMetricsPath: String { metricsPath + ".partial" }

  /// Whether `name` marks a directory as holding a run: `metrics.csv`, `summary.json`,
  /// `checkpoint.*` or `parameters.*`.
  public static func marksRun(_ name: String) -> Bool {
    name == "metrics.csv" || name == "summary.json" || name.hasPrefix("checkpoint.")
      || name.hasPrefix("parameters.")
  }

  /// Whether `name` is a file a run writes, which `--force` may delete: the files that mark a
  /// run, the partial metrics, the spec copy, the report and evaluation files, and the
  /// temporary siblings of any of them (`.<name>.tmp-<pid>`) that a killed run leaves.
  public static func isRunFile(_ name: String) -> Bool {
    if name.hasPrefix("."), let marker = name.firstRange(of: ".tmp-") {
      return isRunFile(String(name[name.index(after: name.startIndex)..<marker.lowerBound]))
    }
    return marksRun(name)
      || ["metrics.csv.partial", "spec.yaml", "spec.loss", "report.html", "evaluation.csv"]
        .contains(name)
  }

  /// The names in the directory (sorted); empty when it does not exist.
  public var entries: [String] { FileSystem.directoryEntries(path) ?? [] }

  /// The files in the directory that mark it as holding a run (see ``marksRun(_:)``).
  public var runMarkers: [String] { entries.filter(Self.marksRun) }

  /// Deletes the files of an earlier run (see ``isRunFile(_:)``) and nothing else.
  public func removeRunFiles() throws(ReportError) {
    for name in entries where Self.isRunFile(name) {
      try FileSystem.removeFile(path + "/" + name)
    }
  }

  /// The metrics file a resumed run continues: the partial file of a run that did not get to
  /// its end, else the final file; nil when neither exists.
  public var metricsToContinue: String? {
    if FileSystem.exists(partialMetricsPath) { return partialMetricsPath }
    return FileSystem.exists(metricsPath) ? metricsPath : nil
  }

  /// Whether the checkpoint exists.
  public var hasCheckpoint: Bool { FileSystem.exists(checkpointPath) }
}
