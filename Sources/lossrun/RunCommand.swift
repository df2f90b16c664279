import ArgumentParser
import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import LossrunTraining

/// `lossrun SPEC` / `lossrun run SPEC`: checks the spec, then trains it (``TrainingRun``).
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Check a spec and train it (the default subcommand).",
    discussion: """
      Writes metrics.csv, summary.json, parameters.lrp and a copy of the spec into the output \
      directory. Ctrl-C stops after the current step and writes everything (exit status 130); \
      a second Ctrl-C exits at once. A spec with errors exits with status 1.
      """)

  /// Exit status of a run stopped by Ctrl-C (after writing its outputs).
  static let interruptedStatus: Int32 = 130

  @Argument(help: "The spec file to train.")
  var spec: String

  @Option(
    name: .customLong("format-in"), help: "Read the spec as yaml or text (default: by extension).")
  var formatIn: SpecFormatArgument?

  @OptionGroup var overrides: TrainingOverrides

  func run() throws {
    let report = SpecFrontEnd.load(path: spec, format: formatIn?.format)
    let renderer = DiagnosticRenderer(sources: report.source.map { [$0] } ?? [])
    Console.error(renderer.text(report.diagnostics))
    guard let checked = report.checked else {
      Console.error(DiagnosticRenderer.summary(of: report.diagnostics))
      throw ExitCode.failure
    }
    let format = formatIn?.format ?? SpecFormat(path: spec)
    do {
      let result = try TrainingRun.run(
        spec: checked, specText: report.source?.text,
        specExtension: format.fileExtension,
        options: overrides.options(progress: .automatic, handlesInterrupts: true))
      if let nonFinite = result.nonFiniteLoss {
        Console.error(renderer.text([nonFinite.diagnostic(path: spec, spec: report.spec)]))
        throw ExitCode.failure
      }
      if result.interrupted { throw ExitCode(Self.interruptedStatus) }
    } catch let error as TrainingError {
      Console.error(renderer.text([error.diagnostic(path: spec, spec: report.spec)]))
      throw ExitCode.failure
    }
  }
}
