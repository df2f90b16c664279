import ArgumentParser
import LossrunCheck
import LossrunDiagnostics

/// The one place a command sends its diagnostics, whatever found them (the checker's lint
/// reports, a training error, a non-finite loss, an unreadable file).
///
/// Diagnostics are printed as they are reported: compiler style on standard error, or one JSON
/// object per line on standard output. ``finish(checkedFiles:strict:)`` prints the summary line
/// (`1 error generated.`) on standard error and turns what was reported into the exit status.
final class DiagnosticsReporter {
  /// How diagnostics are printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// Compiler style on standard error, with the source line and a caret.
    case text
    /// One JSON object per diagnostic on standard output.
    case json
  }

  let format: Format
  private var renderer = DiagnosticRenderer()
  private let standardOutput: (String) -> Void
  private let standardError: (String) -> Void
  /// Every diagnostic reported so far, in order.
  private(set) var diagnostics: [Diagnostic] = []

  /// A reporter printing in `format` through the two writers (default: the process's streams).
  init(
    format: Format = .text, standardOutput: @escaping (String) -> Void = Console.output,
    standardError: @escaping (String) -> Void = Console.error
  ) {
    self.format = format
    self.standardOutput = standardOutput
    self.standardError = standardError
  }

  /// Whether an error was reported.
  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// Whether a warning was reported.
  var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }

  /// Prints `diagnostics`, quoting source lines from `source` (and every source seen before).
  func report(_ diagnostics: [Diagnostic], source: SourceFile? = nil) {
    if let source { renderer.sources[source.path] = source }
    guard !diagnostics.isEmpty else { return }
    self.diagnostics += diagnostics
    switch format {
    case .text: standardError(renderer.text(diagnostics))
    case .json: standardOutput(diagnostics.map(renderer.json).joined())
    }
  }

  /// Prints one diagnostic.
  func report(_ diagnostic: Diagnostic) {
    report([diagnostic])
  }

  /// Prints a lint report's diagnostics, quoting its file.
  func report(_ lint: SpecFrontEnd.Report) {
    for source in lint.dataSources { renderer.sources[source.path] = source }
    report(lint.diagnostics, source: lint.source)
  }

  /// Whether the command fails: an error was reported, or a warning with `strict`.
  func failed(strict: Bool = false) -> Bool {
    hasErrors || strict && hasWarnings
  }

  /// The summary line (`2 errors and 1 warning generated.`), or with `checkedFiles` and nothing
  /// to count `N files checked, no problems found.`; empty when there is nothing to say.
  func summary(checkedFiles: Int? = nil) -> String {
    let counted = DiagnosticRenderer.summary(of: diagnostics)
    guard counted.isEmpty, let checkedFiles else { return counted }
    let files = checkedFiles == 1 ? "1 file" : "\(checkedFiles) files"
    return "\(files) checked, no problems found."
  }

  /// Ends the command's report: prints the summary line on standard error (always for a check
  /// of `checkedFiles` files; otherwise only when the command fails), then throws
  /// `ExitCode.failure` when the command fails (see ``failed(strict:)``).
  func finish(checkedFiles: Int? = nil, strict: Bool = false) throws {
    let failed = failed(strict: strict)
    if checkedFiles != nil || failed { standardError(summary(checkedFiles: checkedFiles)) }
    if failed { throw ExitCode.failure }
  }
}
