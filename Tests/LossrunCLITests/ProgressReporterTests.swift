import Testing

@testable import LossrunTraining
@testable import lossrun

/// The progress lines `lossrun run` prints, fed through the training observer.
@Suite struct ProgressReporterTests {
  /// A reporter printing plain lines into `lines`.
  final class Capture {
    var text = ""
    var lines: [String] { text.split(separator: "\n").map(String.init) }
  }

  static func errors(_ relativeL2: Double) -> EvaluationErrors {
    EvaluationErrors(
      relativeL2: [relativeL2], maxError: [0.5], overallRelativeL2: relativeL2,
      overallMaxError: 0.5)
  }

  static func progress(
    _ step: Int, logged: Bool = true, evaluation: EvaluationErrors? = nil
  ) -> TrainingProgress {
    TrainingProgress(
      step: step, elapsedSeconds: Double(step + 1) / 100, isLogged: logged,
      losses: [0.25, 2e-3], weights: [1, 10], evaluation: evaluation)
  }

  /// Rates keep two significant digits below 10 steps per second, so a slow run does not read
  /// as 0 steps/s.
  @Test func slowRatesDoNotReadAsZero() {
    #expect(ConsoleNumberFormat.rate(2324.4) == "2324")
    #expect(ConsoleNumberFormat.rate(12.6) == "13")
    #expect(ConsoleNumberFormat.rate(3.44) == "3.4")
    #expect(ConsoleNumberFormat.rate(0.0427) == "0.043")
    #expect(ConsoleNumberFormat.rate(0) == "0")
  }

  /// The relative L2 error carries the step it was measured at; lines before the first
  /// evaluation show none; lines between evaluations show the last one with its step.
  @Test func plainLinesShowTheRelativeL2WithItsStep() {
    let capture = Capture()
    let reporter = ProgressReporter(style: .lines) { capture.text += $0 }
    reporter.trainingStarted(termNames: ["pde", "wall"], totalSteps: 400)
    reporter.stepFinished(Self.progress(0))
    reporter.stepFinished(Self.progress(99, evaluation: Self.errors(2e-3)))
    reporter.stepFinished(Self.progress(150, logged: false))
    reporter.stepFinished(Self.progress(199))
    reporter.stepFinished(Self.progress(299, evaluation: Self.errors(1.5e-4)))
    #expect(
      capture.lines == [
        "step 1/400  100 steps/s  ETA 4s  pde 2.500e-01  wall 2.000e-03 ×1.000e+01",
        "step 100/400  100 steps/s  ETA 3s  pde 2.500e-01  wall 2.000e-03 ×1.000e+01"
          + "  rel L2 2.000e-03 @99",
        "step 200/400  100 steps/s  ETA 2s  pde 2.500e-01  wall 2.000e-03 ×1.000e+01"
          + "  rel L2 2.000e-03 @99",
        "step 300/400  100 steps/s  ETA 1s  pde 2.500e-01  wall 2.000e-03 ×1.000e+01"
          + "  rel L2 1.500e-04 @299",
      ])
    #expect(reporter.lastEvaluation == .init(step: 299, relativeL2: 1.5e-4))
  }

  /// The live line redraws in place, at most every 0.1 s, and always at an evaluation.
  @Test func theLiveLineRedrawsWhenDueAndAtEvaluations() {
    let capture = Capture()
    let reporter = ProgressReporter(style: .liveLine) { capture.text += $0 }
    reporter.trainingStarted(termNames: ["pde", "wall"], totalSteps: 400)
    reporter.stepFinished(Self.progress(0))
    reporter.stepFinished(Self.progress(1))
    reporter.stepFinished(Self.progress(2, evaluation: Self.errors(2e-3)))
    reporter.stepFinished(Self.progress(11))
    reporter.stepFinished(Self.progress(14))
    let draws = capture.text.components(separatedBy: "\r\u{1B}[2K").dropFirst()
    #expect(draws.count == 3)
    #expect(draws.map { $0.prefix(9) } == ["step 1/40", "step 3/40", "step 15/4"])
    #expect(!capture.text.contains("\n"))
  }

  @Test func silentPrintsNothing() {
    let capture = Capture()
    let reporter = ProgressReporter(style: .silent) { capture.text += $0 }
    reporter.trainingStarted(termNames: ["pde", "wall"], totalSteps: 400)
    reporter.stepFinished(Self.progress(0, evaluation: Self.errors(1)))
    #expect(capture.text.isEmpty)
  }
}
