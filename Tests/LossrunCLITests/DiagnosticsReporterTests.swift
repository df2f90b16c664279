import ArgumentParser
import LossrunDiagnostics
import Testing

@testable import lossrun

/// The one diagnostics reporter every command prints through.
@Suite struct DiagnosticsReporterTests {
  /// What a reporter wrote to each stream.
  final class Streams {
    var output: [String] = []
    var error: [String] = []

    func reporter(_ format: DiagnosticsReporter.Format = .text) -> DiagnosticsReporter {
      DiagnosticsReporter(
        format: format, standardOutput: { self.output.append($0) },
        standardError: { self.error.append($0) })
    }
  }

  static let source = SourceFile(path: "a.yaml", text: "name: x\nsteps: 0\n")

  static func diagnostic(_ severity: Diagnostic.Severity, line: Int = 2) -> Diagnostic {
    let location = SourceLocation(line: line, column: 8)
    return Diagnostic(
      severity, "test-rule", "a \(severity.rawValue)", path: "a.yaml",
      at: SourceRange(start: location, end: location))
  }

  @Test func textGoesToStandardErrorWithASummaryAndTheFailureStatus() throws {
    let streams = Streams()
    let reporter = streams.reporter()
    reporter.report([Self.diagnostic(.error), Self.diagnostic(.warning)], source: Self.source)
    #expect(reporter.hasErrors && reporter.hasWarnings)
    #expect(streams.error.count == 1)
    #expect(streams.error[0].hasPrefix("a.yaml:2:8: error: a error [test-rule]\nsteps: 0\n"))
    #expect(throws: ExitCode.failure) { try reporter.finish() }
    #expect(streams.error.last == "1 error and 1 warning generated.\n")
    #expect(streams.output.isEmpty)
  }

  @Test func jsonGoesToStandardOutputOneObjectPerLine() throws {
    let streams = Streams()
    let reporter = streams.reporter(.json)
    reporter.report([Self.diagnostic(.warning), Self.diagnostic(.warning, line: 1)])
    #expect(streams.output.count == 1)
    #expect(streams.output[0].split(separator: "\n").count == 2)
    #expect(streams.output[0].hasPrefix(#"{"id":"test-rule","severity":"warning""#))
    try reporter.finish(checkedFiles: 1)
    #expect(streams.error == ["2 warnings generated.\n"])
  }

  @Test func warningsFailOnlyWhenStrict() throws {
    let streams = Streams()
    let reporter = streams.reporter()
    reporter.report(Self.diagnostic(.warning))
    try reporter.finish()
    #expect(streams.error.count == 1, "no summary for a command that succeeds")
    #expect(throws: ExitCode.failure) { try reporter.finish(strict: true) }
  }

  @Test func aCleanCheckSaysSo() throws {
    let streams = Streams()
    let reporter = streams.reporter()
    reporter.report([], source: Self.source)
    try reporter.finish(checkedFiles: 3)
    #expect(streams.error == ["3 files checked, no problems found."])
    try streams.reporter().finish()
    #expect(streams.error.count == 1)
  }
}
