import ArgumentParser
import Foundation
import LossrunDiagnostics
import LossrunReport

/// `lossrun report RUN_DIR [RUN_DIR ...] [-o OUT]`: regenerates a run's `report.html` from the
/// files in its directory, or writes one page that compares several runs.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the HTML report of a run, or a page comparing several runs.",
    discussion: """
      With one run directory, writes RUN_DIR/report.html (or -o OUT) from its metrics.csv, \
      summary.json and evaluation.csv. With several, writes one page that overlays their \
      curves on shared axes and tabulates their final errors with median and range, to \
      report-compare.html in the current directory (or -o OUT). Prints the page's path. \
      Exit status: 0 written; 1 a directory is not a run directory or the page cannot be \
      written; 2 usage error.
      """)

  /// The diagnostic id of report problems.
  static let diagnosticID: DiagnosticID = "report"

  /// The comparison page's file name when no `-o` is given.
  static let defaultComparisonPath = "report-compare.html"

  @Argument(help: "The run directories (each with metrics.csv or summary.json).")
  var runs: [String] = []

  @Option(name: [.short, .customLong("output")], help: "Write the page here.")
  var output: String?

  func validate() throws {
    if runs.isEmpty { throw ValidationError("give at least one run directory to report on") }
  }

  func run() throws {
    let reporter = DiagnosticsReporter()
    let labels = Self.labels(for: runs)
    var records: [RunRecord] = []
    for (path, label) in zip(runs, labels) {
      if let problem = Self.problem(withRunDirectory: path) {
        reporter.report(.error(Self.diagnosticID, problem, path: path, at: nil))
        continue
      }
      do throws(ReportError) {
        // One run's page draws its fields; a comparison overlays curves only.
        records.append(
          try RunRecord(directory: path, name: label, fields: runs.count == 1 ? nil : []))
      } catch {
        reporter.report(.error(Self.diagnosticID, error.message, path: path, at: nil))
      }
    }
    try reporter.finish()
    let target =
      output
      ?? (runs.count == 1 ? RunDirectory(path: runs[0]).reportPath : Self.defaultComparisonPath)
    do throws(ReportError) {
      try ReportPage(runs: records).write(to: target)
    } catch {
      reporter.report(
        .error(Self.diagnosticID, "cannot write the page: \(error.message)", path: target, at: nil))
      try reporter.finish()
    }
    Console.output(target)
  }

  /// What makes `path` not a run directory, or `nil` when it is one.
  static func problem(withRunDirectory path: String) -> String? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return "no such run directory"
    }
    guard isDirectory.boolValue else { return "not a run directory (a file, not a directory)" }
    let directory = RunDirectory(path: path)
    let known = [directory.metricsPath, directory.metricsPath + ".partial", directory.summaryPath]
    guard known.contains(where: { FileManager.default.fileExists(atPath: $0) }) else {
      return "not a run directory: it has no metrics.csv or summary.json (lossrun SPEC --out "
        + "DIR writes them)"
    }
    return nil
  }

  /// The runs' labels on the page: each directory's last component, or the path as given when
  /// two runs share a last component.
  static func labels(for paths: [String]) -> [String] {
    let last = paths.map { path in
      path.split(separator: "/").last.map(String.init) ?? path
    }
    return zip(paths, last).map { path, name in
      last.filter { $0 == name }.count > 1 ? path : name
    }
  }
}
