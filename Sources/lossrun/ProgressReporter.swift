import LossrunTraining

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shows a run's progress on standard error: a live line redrawn a few times per second on a
/// terminal (step/total, steps per second, ETA, each term's loss and weight), or one plain line
/// per logged step otherwise, and a closing line when the run ends.
///
/// The relative L2 error is shown with the step it was measured at (`rel L2 2.000e-03 @19000`,
/// the step numbering of `metrics.csv`), so a line between two evaluations does not pass off an
/// older error as the current one.
final class ProgressReporter: TrainingObserver {
  /// How progress is shown.
  enum Style: Equatable {
    /// One line redrawn in place (a terminal).
    case liveLine
    /// One plain line per logged step (a pipe or a file).
    case lines
    /// Nothing.
    case silent

    /// The live line when standard error is a terminal, else plain lines.
    static var automatic: Style { isatty(STDERR_FILENO) != 0 ? .liveLine : .lines }
  }

  /// The last evaluation seen: its step and overall relative L2 error.
  struct Evaluation: Equatable {
    var step: Int
    var relativeL2: Double
  }

  let style: Style
  private let write: (String) -> Void
  private var termNames: [String] = []
  private var totalSteps = 0
  private var lastDraw = -1.0
  private var drewLine = false
  private(set) var lastEvaluation: Evaluation?

  /// A reporter in `style` writing through `write` (default: standard error, as it is).
  init(style: Style, write: @escaping (String) -> Void = Console.rawError) {
    self.style = style
    self.write = write
  }

  func trainingStarted(termNames: [String], totalSteps: Int) {
    self.termNames = termNames
    self.totalSteps = totalSteps
  }

  /// Called every step; draws only when due (cheap otherwise).
  func stepFinished(_ progress: TrainingProgress) {
    if let evaluation = progress.evaluation {
      lastEvaluation = Evaluation(step: progress.step, relativeL2: evaluation.overallRelativeL2)
    }
    switch style {
    case .silent: return
    case .lines:
      guard progress.isLogged else { return }
      write(line(progress) + "\n")
    case .liveLine:
      let due = progress.elapsedSeconds - lastDraw >= 0.1 || progress.evaluation != nil
      guard due else { return }
      lastDraw = progress.elapsedSeconds
      write("\r\u{1B}[2K" + line(progress))
      drewLine = true
    }
  }

  /// Ends the live line and prints the closing line.
  func trainingFinished(_ result: TrainingRun.Result) {
    guard style != .silent else { return }
    if drewLine { write("\n") }
    write(Self.closingLine(result) + "\n")
  }

  /// The progress line of one step (without a newline).
  func line(_ progress: TrainingProgress) -> String {
    let done = progress.step + 1
    let elapsed = progress.elapsedSeconds
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let remaining = rate > 0 ? Double(totalSteps - done) / rate : 0
    var text = "step \(done)/\(totalSteps)  \(ConsoleNumberFormat.rate(rate)) steps/s"
    text += "  ETA \(ConsoleNumberFormat.duration(remaining))"
    for (index, name) in termNames.enumerated() where index < progress.losses.count {
      text += "  \(name) \(ConsoleNumberFormat.scientific(progress.losses[index]))"
      if index < progress.weights.count, progress.weights[index] != 1 {
        text += " ×\(ConsoleNumberFormat.scientific(progress.weights[index]))"
      }
    }
    if let lastEvaluation {
      let error = ConsoleNumberFormat.scientific(lastEvaluation.relativeL2)
      text += "  rel L2 \(error) @\(lastEvaluation.step)"
    }
    return text
  }

  /// The line that ends a run: steps, time, rate, the final errors and where the outputs are.
  static func closingLine(_ result: TrainingRun.Result) -> String {
    let summary = result.summary
    var text =
      result.interrupted ? "interrupted after \(summary.steps) steps" : "\(summary.steps) steps"
    text += " in \(ConsoleNumberFormat.fixed(summary.seconds, 1)) s"
    text += " (\(ConsoleNumberFormat.rate(summary.stepsPerSecond)) steps/s)"
    if let l2 = summary.relativeL2 { text += "; relative L2 \(ConsoleNumberFormat.scientific(l2))" }
    if let max = summary.maxError { text += ", max error \(ConsoleNumberFormat.scientific(max))" }
    return text + "; outputs in \(result.directory.path)/"
  }
}
