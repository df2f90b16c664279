import Foundation

/// Adam (Kingma and Ba 2015) on a small vector of `Double`s, such as a rule's learnable
/// log-weights: a value, so it is saved and restored with the rule's state.
///
/// The update is PyTorch's: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
/// x ← x − lr·(m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε).
package struct ScalarAdam: Hashable, Sendable, Codable {
  /// The learning rate.
  package var learningRate: Double
  /// β₁.
  package var beta1: Double
  /// β₂.
  package var beta2: Double
  /// ε.
  package var epsilon: Double
  /// The first moments.
  package var firstMoments: [Double]
  /// The second moments.
  package var secondMoments: [Double]
  /// The number of steps taken.
  package var steps: Int

  /// Adam for `count` values with PyTorch's default β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
  package init(
    count: Int, learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999,
    epsilon: Double = 1e-8
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    firstMoments = Array(repeating: 0, count: count)
    secondMoments = Array(repeating: 0, count: count)
    steps = 0
  }

  /// One descent step of `values` along `gradient`.
  package mutating func step(_ values: inout [Double], gradient: [Double]) {
    steps += 1
    let correction1 = 1 - pow(beta1, Double(steps))
    let correction2 = 1 - pow(beta2, Double(steps))
    for i in values.indices {
      let g = gradient[i]
      firstMoments[i] = beta1 * firstMoments[i] + (1 - beta1) * g
      secondMoments[i] = beta2 * secondMoments[i] + (1 - beta2) * g * g
      let mean = firstMoments[i] / correction1
      let scale = (secondMoments[i] / correction2).squareRoot() + epsilon
      values[i] -= learningRate * mean / scale
    }
  }
}
