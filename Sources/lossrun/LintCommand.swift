import ArgumentParser
import LossrunCheck
import LossrunTraining

/// `lossrun lint FILE...`: checks spec files and reports their errors and warnings.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check spec files; report errors and warnings.",
    discussion: "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage error.")

  @Argument(help: "The spec files to check.")
  var files: [String] = []

  @Option(help: "Output format: text (stderr) or json (one object per line on stdout).")
  var format: DiagnosticsReporter.Format = .text

  @Flag(help: "Treat warnings as errors for the exit status.")
  var strict = false

  @Flag(
    help: ArgumentHelp(
      "Also lower each clean spec and evaluate its terms once at the initial network; warn "
        + "about term scales that fixed weights cannot balance."))
  var deep = false

  @OptionGroup var input: SpecInputOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one spec file to lint") }
  }

  func run() throws {
    let reporter = DiagnosticsReporter(format: format)
    for file in files {
      let report = SpecFrontEnd.load(path: file, format: input.format)
      reporter.report(report)
      if deep, let checked = report.checked {
        reporter.report(DeepLint.check(checked), source: report.source)
      }
    }
    try reporter.finish(checkedFiles: files.count, strict: strict)
  }
}
