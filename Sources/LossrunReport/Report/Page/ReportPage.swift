/// The report: one self-contained HTML page (inline CSS and SVG, no scripts, no external
/// fonts or images) for one run, or a comparison of several runs on shared axes.
///
/// The markup is XHTML-compatible HTML5, so it is also well-formed XML. A run's page has a
/// summary table, charts of every metrics column group (see ``MetricsColumnGroups``) and a row
/// of plots for every field grid and a scatter map for every scattered field (see
/// `EvaluationFields`); a comparison page has a table of final errors per run with
/// median and range, and one chart per term and per evaluation with one line per run.
///
/// ```swift
/// let run = try RunRecord(directory: "runs/poisson-mixed")
/// try ReportPage(run: run).write(to: "runs/poisson-mixed/report.html")
/// ```
public struct ReportPage: Sendable {
  /// The runs shown.
  public let runs: [RunRecord]
  /// Whether the page compares the runs (rather than showing one).
  public let isComparison: Bool

  /// The page of one run.
  public init(run: RunRecord) {
    runs = [run]
    isComparison = false
  }

  /// The page comparing `runs` (a comparison of one run is allowed and shows that run alone).
  public init(comparing runs: [RunRecord]) {
    self.runs = runs
    isComparison = true
  }

  /// The page of one run when `runs` holds one, else the comparison of `runs`.
  public init(runs: [RunRecord]) {
    if runs.count == 1 {
      self.init(run: runs[0])
    } else {
      self.init(comparing: runs)
    }
  }

  /// The page's title.
  public var title: String {
    if isComparison { return "lossrun comparison: " + runs.map(\.name).joined(separator: ", ") }
    return "lossrun report: " + (runs.first?.specName ?? "")
  }

  /// The HTML text.
  public var html: String {
    var body = "<h1>" + MarkupEscaping.text(title) + "</h1>"
    body += isComparison ? comparisonSections : runSections
    return """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(MarkupEscaping.text(title))</title>
      <style>
      \(ReportStyle.css)
      </style>
      </head>
      <body><main>
      \(body)
      </main></body>
      </html>

      """
  }

  /// Writes the page atomically to `path`.
  public func write(to path: String) throws(ReportError) {
    try AtomicFile.write(html, to: path)
  }

  /// A chart inside a `<figure>`.
  static func figure(_ svgMarkup: String) -> String {
    "<figure>" + svgMarkup + "</figure>"
  }

  /// A section heading and its content; nothing when `content` is empty.
  static func section(_ heading: String, _ content: String) -> String {
    guard !content.isEmpty else { return "" }
    return "<section><h2>" + MarkupEscaping.text(heading) + "</h2>" + content + "</section>"
  }

  /// A list of notes (what could not be read), or nothing.
  static func notesList(_ notes: [String]) -> String {
    guard !notes.isEmpty else { return "" }
    return "<ul class=\"notes\">"
      + notes.map { "<li>" + MarkupEscaping.text($0) + "</li>" }.joined()
      + "</ul>"
  }
}
