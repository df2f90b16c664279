import ArgumentParser
import LossrunCheck
import LossrunDiagnostics

/// `lossrun SPEC` / `lossrun run SPEC`: checks the spec, then trains it (training arrives with
/// a later issue; until then this says so and exits with status 3).
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Check a spec and train it (the default subcommand).",
    discussion: """
      Training is not implemented yet: a valid spec exits with status 3 after saying so; a spec \
      with errors exits with status 1.
      """)

  /// Exit status of a valid spec while training is not implemented.
  static let notImplementedStatus: Int32 = 3

  @Argument(help: "The spec file to train.")
  var spec: String

  @Option(
    name: .customLong("format-in"), help: "Read the spec as yaml or text (default: by extension).")
  var formatIn: SpecFormatArgument?

  func run() throws {
    let report = SpecLinter.lint(path: spec, format: formatIn?.format)
    let renderer = DiagnosticRenderer(sources: report.source.map { [$0] } ?? [])
    Console.error(renderer.text(report.diagnostics))
    guard let checked = report.checked else {
      Console.error(DiagnosticRenderer.summary(of: report.diagnostics))
      throw ExitCode.failure
    }
    Console.error(
      "\(spec): the spec is valid (\(checked.terms.count) terms, \(checked.samplers.count) "
        + "samplers, \(checked.network.parameterCount) network parameters), but training is "
        + "not implemented yet; `lossrun lint` checks specs meanwhile.")
    throw ExitCode(Self.notImplementedStatus)
  }
}
