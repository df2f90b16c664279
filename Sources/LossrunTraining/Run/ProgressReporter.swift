import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shows training progress on stderr: a live line redrawn a few times per second on a
/// terminal (step/total, steps per second, ETA, each term's loss and weight), or one plain line
/// per log interval otherwise.
final class ProgressReporter {
  enum Style {
    case liveLine, lines, silent
  }

  let style: Style
  let termNames: [String]
  let totalSteps: Int
  private var lastDraw = -1.0
  private var drewLine = false

  init(options: RunOptions.Progress, termNames: [String], totalSteps: Int) {
    switch options {
    case .automatic: style = isatty(STDERR_FILENO) != 0 ? .liveLine : .lines
    case .liveLine: style = .liveLine
    case .lines: style = .lines
    case .silent: style = .silent
    }
    self.termNames = termNames
    self.totalSteps = totalSteps
  }

  /// Called every step; draws only when due (cheap otherwise).
  func stepFinished(
    step: Int, elapsed: Double, isLogStep: Bool, losses: [Double], weights: [Double],
    relativeL2: Double?
  ) {
    switch style {
    case .silent: return
    case .lines:
      guard isLogStep else { return }
      write(line(step: step, elapsed: elapsed, losses: losses, weights: weights, relativeL2) + "\n")
    case .liveLine:
      guard elapsed - lastDraw >= 0.1 || isLogStep && relativeL2 != nil else { return }
      lastDraw = elapsed
      write(
        "\r\u{1B}[2K"
          + line(step: step, elapsed: elapsed, losses: losses, weights: weights, relativeL2))
      drewLine = true
    }
  }

  /// Ends the live line and prints a closing message.
  func finish(_ message: String) {
    guard style != .silent else { return }
    if drewLine { write("\n") }
    write(message + "\n")
  }

  private func line(
    step: Int, elapsed: Double, losses: [Double], weights: [Double], _ relativeL2: Double?
  ) -> String {
    let done = step + 1
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let remaining = rate > 0 ? Double(totalSteps - done) / rate : 0
    var text =
      "step \(done)/\(totalSteps)  \(Self.fixed(rate, 0)) steps/s  ETA \(Self.duration(remaining))"
    for (index, name) in termNames.enumerated() where index < losses.count {
      text += "  \(name) \(Self.scientific(losses[index]))"
      if index < weights.count, weights[index] != 1 {
        text += " ×\(Self.scientific(weights[index]))"
      }
    }
    if let relativeL2 { text += "  rel L2 \(Self.scientific(relativeL2))" }
    return text
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func scientific(_ value: Double) -> String { String(format: "%.3e", value) }
  static func fixed(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    let total = Int(seconds.rounded())
    return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
  }
}
