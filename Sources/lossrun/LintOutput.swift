import LossrunCheck
import LossrunDiagnostics

/// Prints lint reports in the chosen format.
struct LintOutput {
  let reports: [SpecFrontEnd.Report]
  let format: LintCommand.Format

  /// Text: every diagnostic on stderr, then a summary line. JSON: one object per diagnostic on
  /// stdout (and the summary on stderr).
  func print() {
    let renderer = DiagnosticRenderer(sources: reports.compactMap(\.source))
    let diagnostics = reports.flatMap(\.diagnostics)
    switch format {
    case .text:
      Console.error(renderer.text(diagnostics))
    case .json:
      Console.output(diagnostics.map(renderer.json).joined())
    }
    Console.error(summary(diagnostics))
  }

  private func summary(_ diagnostics: [Diagnostic]) -> String {
    let counted = DiagnosticRenderer.summary(of: diagnostics)
    if !counted.isEmpty { return counted }
    let files = reports.count == 1 ? "1 file" : "\(reports.count) files"
    return "\(files) checked, no problems found."
  }
}
