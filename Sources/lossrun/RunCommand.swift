import ArgumentParser
import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import LossrunTraining

/// `lossrun SPEC` / `lossrun run SPEC`: checks the spec, then trains it (``TrainingRun``),
/// showing progress on standard error and stopping cleanly on Ctrl-C.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Check a spec and train it (the default subcommand).",
    discussion: """
      Writes metrics.csv, summary.json, parameters.lrp, parameters.safetensors, checkpoint.lrc \
      and a copy of the spec into the output directory, then evaluation.csv (with an evaluate: \
      section) and report.html; refuses a directory that already holds a run (--force replaces \
      it, --resume continues it). Progress goes to standard error: a live line on a terminal, \
      else one line per logged step; the relative L2 error is shown with the step it was \
      measured at (@step). Ctrl-C or SIGTERM stops after the current step and writes \
      everything with a checkpoint (exit status 130); a second one exits at once. A spec with \
      errors, or a run that fails, exits with status 1; a bad flag value with status 2.
      """)

  /// Exit status of a run stopped by Ctrl-C (after writing its outputs).
  static let interruptedStatus: Int32 = 130

  @Argument(help: "The spec file to train.")
  var spec: String

  @OptionGroup var input: SpecInputOptions

  @OptionGroup var overrides: TrainingOverrides

  @Flag(
    help: ArgumentHelp(
      "Continue the run in the output directory from its checkpoint (with --steps N, extend "
        + "a finished run to N steps)."))
  var resume = false

  @Flag(help: "Replace the run in the output directory (deletes that run's files only).")
  var force = false

  func validate() throws {
    if resume && force { throw ValidationError("--resume and --force cannot be used together") }
  }

  func run() throws {
    let reporter = DiagnosticsReporter()
    let report = SpecFrontEnd.load(path: spec, format: input.format)
    reporter.report(report)
    guard let checked = report.checked else {
      try reporter.finish()
      throw ExitCode.failure
    }
    let format = input.format ?? SpecFormat(path: spec)
    var options = overrides.options
    options.resume = resume
    options.force = force
    InterruptMonitor.install()
    defer { InterruptMonitor.uninstall() }
    do {
      let result = try TrainingRun.run(
        spec: checked, specText: report.source?.text, specExtension: format.fileExtension,
        options: options, observer: ProgressReporter(style: .automatic),
        shouldStop: { InterruptMonitor.isStopRequested })
      if let nonFinite = result.nonFiniteLoss {
        reporter.report(nonFinite.diagnostic(path: spec, spec: checked))
      }
      if let reportError = result.reportError {
        reporter.report(reportError.diagnostic(path: spec))
      }
      try reporter.finish()
      if result.interrupted { throw ExitCode(Self.interruptedStatus) }
    } catch let error as TrainingError {
      reporter.report(error.diagnostic(path: spec))
      try reporter.finish()
    }
  }
}
