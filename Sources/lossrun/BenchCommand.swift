import ArgumentParser
import LossrunCheck
import LossrunDiagnostics
import LossrunTraining

/// `lossrun bench SPEC --points N`: times the per-term and the summed training step of a spec.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Time the per-term and summed training steps of a spec.",
    discussion: """
      Every sampler draws N points; each step includes resampling and the Adam update. Prints \
      the median milliseconds of each kind of step.
      """)

  @Argument(help: "The spec file to time.")
  var spec: String

  @Option(help: "Points per sampler.")
  var points: Int

  @Option(name: .customLong("timed-steps"), help: "Timed steps of each kind.")
  var timedSteps: Int = 200

  @OptionGroup var overrides: TrainingOverrides

  @Option(
    name: .customLong("format-in"), help: "Read the spec as yaml or text (default: by extension).")
  var formatIn: SpecFormatArgument?

  func run() throws {
    let report = SpecFrontEnd.load(path: spec, format: formatIn?.format)
    guard let checked = report.checked else {
      let renderer = DiagnosticRenderer(sources: report.source.map { [$0] } ?? [])
      Console.error(renderer.text(report.diagnostics))
      throw ExitCode.failure
    }
    do {
      let result = try StepBenchmark.run(
        spec: checked, points: points, steps: timedSteps,
        options: overrides.options(progress: .silent, handlesInterrupts: false))
      Console.output(result.report)
    } catch let error as TrainingError {
      Console.error(DiagnosticRenderer(sources: []).text([error.diagnostic(path: spec)]))
      throw ExitCode.failure
    }
  }
}
