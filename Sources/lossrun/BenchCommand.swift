import ArgumentParser
import LossrunCheck
import LossrunDiagnostics
import LossrunTraining

/// `lossrun bench SPEC --points N`: times the per-term and the summed training step of a spec.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Time the per-term and summed training steps of a spec, and its sampling.",
    discussion: """
      Every sampler draws N points; each step includes resampling and the Adam update. Prints \
      the median milliseconds of each kind of step: per-term, summed, and the training step \
      with the spec's own weighting (rule and aggregator), then an NTK weight update, then what \
      the samplers' draws add to a step and each sampler's draw. The spec's step count and \
      outputs play no part: nothing is written. Exit status: 0 timed, 1 errors in the spec, 2 usage error.
      """)

  @Argument(help: "The spec file to time.")
  var spec: String

  @Option(parsing: .unconditional, help: "Points per sampler (1 or more).")
  var points: Int

  @Option(
    name: .customLong("timed-steps"), parsing: .unconditional,
    help: "Timed steps of each kind (1 or more).")
  var timedSteps: Int = 200

  @OptionGroup var overrides: ComputeOverrides

  @OptionGroup var input: SpecInputOptions

  func validate() throws {
    if points < 1 { throw ValidationError("--points must be at least 1, not \(points)") }
    if timedSteps < 1 {
      throw ValidationError("--timed-steps must be at least 1, not \(timedSteps)")
    }
  }

  func run() throws {
    let reporter = DiagnosticsReporter()
    let report = SpecFrontEnd.load(path: spec, format: input.format)
    reporter.report(report)
    guard let checked = report.checked else {
      try reporter.finish()
      throw ExitCode.failure
    }
    do {
      let result = try StepBenchmark.run(
        spec: checked, points: points, steps: timedSteps, options: overrides.options)
      Console.output(result.report)
    } catch let error as TrainingError {
      reporter.report(error.diagnostic(path: spec))
    }
    try reporter.finish()
  }
}
