import Foundation

/// The learning rate as a function of the step (0-based).
package enum LearningRateSchedule: Hashable, Sendable, Codable {
  /// The base rate at every step.
  case constant
  /// `base · rate^(step / every)`; with `staircase`, the exponent is ⌊step / every⌋.
  ///
  /// The Helmholtz reference uses the continuous `1e-3 · 0.9^(step / 1000)`.
  case exponential(rate: Double, every: Int, staircase: Bool)
  /// `base · factor^⌊step / every⌋`.
  case step(factor: Double, every: Int)
  /// Cosine decay from `base` at step 0 to `minimum` at step `steps`, then `minimum`:
  /// `minimum + (base − minimum) · (1 + cos(π · step / steps)) / 2`.
  case cosine(steps: Int, minimum: Double)

  /// The learning rate at `step` for the base rate `base`.
  ///
  /// A nonpositive `every` or `steps` is treated as 1, so no setting can divide by zero.
  package func learningRate(at step: Int, base: Double) -> Double {
    switch self {
    case .constant:
      return base
    case .exponential(let rate, let every, let staircase):
      let ratio = Double(step) / Double(max(every, 1))
      return base * pow(rate, staircase ? ratio.rounded(.down) : ratio)
    case .step(let factor, let every):
      return base * pow(factor, Double(step / max(every, 1)))
    case .cosine(let steps, let minimum):
      let progress = min(Double(step) / Double(max(steps, 1)), 1)
      return minimum + (base - minimum) * (1 + cos(Double.pi * progress)) / 2
    }
  }
}
