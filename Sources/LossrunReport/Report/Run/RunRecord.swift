import Foundation

/// Everything the report shows about one run: its name, `summary.json`, `metrics.csv` and the
/// field grids of its `evaluation.csv`.
///
/// Reading a run directory is tolerant (`metrics.csv.partial` stands in for a missing
/// `metrics.csv`): a missing or unreadable file, a malformed summary or
/// bad metrics rows become ``notes`` (shown on the page) rather than failures, and summary keys
/// this version does not know are kept. Only a directory with neither file is an error.
public struct RunRecord: Sendable {
  /// The label of the run on the page and in legends (by default the directory's name).
  public var name: String
  /// The spec's name (`spec` in the summary, else ``name``).
  public var specName: String
  /// The summary's top-level object (empty when there is no summary).
  public var summary: SummaryValue
  /// The metrics.
  public var metrics: MetricsTable
  /// The fields on grids, one per output, if any.
  public var fields: [FieldGrid]
  /// The error at scattered points, one per output, when the points are not on a grid.
  public var scatterFields: [ScatterField]
  /// Why there are no fields or fewer than outputs (no evaluation, scattered points), one
  /// line each.
  public var fieldNotes: [String]
  /// What could not be read, one line each.
  public var notes: [String]

  /// Creates a record from values in memory.
  public init(
    name: String, summary: SummaryValue = .object([]), metrics: MetricsTable,
    fields: [FieldGrid] = [], scatterFields: [ScatterField] = [], notes: [String] = [],
    fieldNotes: [String] = []
  ) {
    self.name = name
    self.specName = summary["spec"]?.string ?? name
    self.summary = summary
    self.metrics = metrics
    self.fields = fields
    self.notes = notes
    self.scatterFields = scatterFields
    self.fieldNotes = fieldNotes
  }

  /// Reads the run directory at `path` (`metrics.csv`, `summary.json` and `evaluation.csv`);
  /// `name` defaults to the directory's last path component.
  ///
  /// `fields` replaces the fields of `evaluation.csv` (see `EvaluationFields` for how they
  /// are laid out); when it is `nil` and the file is missing, the run had no evaluation and
  /// ``fieldNotes`` says so.
  public init(directory path: String, name: String? = nil, fields: [FieldGrid]? = nil)
    throws(ReportError)
  {
    let directory = RunDirectory(path: path)
    var notes: [String] = []
    var metricsText = Self.text(of: directory.metricsPath, notes: &notes)
    if metricsText == nil {
      // A run that is still going, or that stopped before publishing its metrics.
      var ignored: [String] = []
      if let partial = Self.text(of: directory.metricsPath + ".partial", notes: &ignored) {
        notes[notes.count - 1] =
          "metrics.csv: missing; read metrics.csv.partial (the run did not finish)"
        metricsText = partial
      }
    }
    let summaryText = Self.text(of: directory.summaryPath, notes: &notes)
    guard metricsText != nil || summaryText != nil else {
      throw ReportError(path: path, "no metrics.csv or summary.json to report on")
    }
    var summary = SummaryValue.object([])
    if let summaryText {
      do {
        let json = try JSONSerialization.jsonObject(with: Data(summaryText.utf8))
        summary = SummaryValue(json: json)
        if case .object = summary {
        } else {
          notes.append("summary.json: not a JSON object; ignored")
          summary = .object([])
        }
      } catch {
        notes.append("summary.json: not valid JSON; ignored")
      }
    }
    let metrics = metricsText.map { MetricsTable(csv: $0) } ?? MetricsTable(columns: [], rows: [])
    notes += metrics.notes.map { "metrics.csv: " + $0 }
    let label = name ?? Self.lastComponent(of: path)
    var fieldNotes: [String] = []
    var grids = fields ?? []
    var scatters: [ScatterField] = []
    if fields == nil {
      var missing: [String] = []
      if let text = Self.text(of: directory.evaluationPath, notes: &missing) {
        let evaluation = EvaluationFields(csv: text)
        grids = evaluation.fields
        scatters = evaluation.scatterFields
        fieldNotes = evaluation.notes
      } else if summary["relative_l2"]?.number != nil {
        fieldNotes.append(
          "no evaluation.csv: the run was evaluated, but its values at the points were not "
            + "written (a run of an earlier lossrun, or the file could not be written)")
      } else {
        fieldNotes.append(
          "no evaluation.csv: the spec has no `evaluate:` section, so there are no fields to draw")
      }
    }
    self.init(
      name: label, summary: summary, metrics: metrics, fields: grids, scatterFields: scatters,
      notes: notes, fieldNotes: fieldNotes)
  }

  private static func text(of path: String, notes: inout [String]) -> String? {
    do {
      return String(decoding: try FileSystem.readFile(path), as: UTF8.self)
    } catch {
      notes.append(Self.lastComponent(of: path) + ": " + error.message)
      return nil
    }
  }

  private static func lastComponent(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
