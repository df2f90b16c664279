import ArgumentParser
import LossrunCheck
import LossrunDiagnostics

/// `lossrun lint FILE...`: checks spec files and reports their errors and warnings.
struct LintCommand: ParsableCommand {
  /// How diagnostics are printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// Compiler style on standard error, with the source line and a caret.
    case text
    /// One JSON object per diagnostic on standard output.
    case json
  }

  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check spec files; report errors and warnings.",
    discussion: "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage error.")

  @Argument(help: "The spec files to check.")
  var files: [String] = []

  @Option(help: "Output format: text (stderr) or json (one object per line on stdout).")
  var format: Format = .text

  @Flag(help: "Treat warnings as errors for the exit status.")
  var strict = false

  @Option(
    name: .customLong("format-in"), help: "Read specs as yaml or text (default: by extension).")
  var formatIn: SpecFormatArgument?

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one spec file to lint") }
  }

  func run() throws {
    let reports = files.map { SpecFrontEnd.load(path: $0, format: formatIn?.format) }
    LintOutput(reports: reports, format: format).print()
    let failed = reports.contains { $0.hasErrors || (strict && $0.hasWarnings) }
    if failed { throw ExitCode.failure }
  }
}
