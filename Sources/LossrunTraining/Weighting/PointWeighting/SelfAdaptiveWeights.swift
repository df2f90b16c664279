import Foundation

/// Self-adaptive weights (McClenny & Braga-Neto, J. Comput. Phys. 2023): a learnable λ_j per
/// point of a weighted term, a positive mask m, and the term's loss mean(m(λ_j)·r_j²); the
/// network descends and the λ_j ascend the same loss, each with its own Adam.
///
/// ∂(Σ_i w_i L_i)/∂λ_j = w_i·m'(λ_j)·e_j / N, where e_j is the point's Σ_c r_c² (or Σ_c |r_c|
/// for a mean-absolute term) and N the term's point count; the ascent step uses the residuals
/// of this step's pass, the same pass whose gradient moves the network.
struct SelfAdaptiveWeights: Sendable {
  /// The positive mask.
  enum Mask: Sendable {
    /// m(λ) = λ².
    case square
    /// m(λ) = 1/(1 + e^{−λ}).
    case sigmoid

    /// m(λ).
    func value(_ lambda: Double) -> Double {
      switch self {
      case .square: lambda * lambda
      case .sigmoid: 1 / (1 + exp(-lambda))
      }
    }

    /// m'(λ).
    func derivative(_ lambda: Double) -> Double {
      switch self {
      case .square:
        return 2 * lambda
      case .sigmoid:
        let s = 1 / (1 + exp(-lambda))
        return s * (1 - s)
      }
    }
  }

  /// The mask.
  var mask: Mask
  /// The learning rate of the ascent.
  var learningRate: Double
  /// The initial λ.
  var initial: Double

  /// The ascent gradient ∂(w·L)/∂λ_j = w·m'(λ_j)·e_j/N of each point.
  func gradient(lambdas: [Double], pointLosses: [Double], termWeight: Double) -> [Double] {
    let scale = termWeight / Double(lambdas.count)
    return lambdas.indices.map { scale * mask.derivative(lambdas[$0]) * pointLosses[$0] }
  }

  /// One Adam ascent step of `lambdas` with `optimizer`.
  func ascend(
    _ lambdas: inout [Double], optimizer: inout ScalarAdam, pointLosses: [Double],
    termWeight: Double
  ) {
    let ascent = gradient(lambdas: lambdas, pointLosses: pointLosses, termWeight: termWeight)
    optimizer.step(&lambdas, gradient: ascent.map { -$0 })
  }
}
