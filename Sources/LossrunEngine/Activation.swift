/// The elementwise nonlinearity of the hidden layers.
public enum Activation: String, CaseIterable, Sendable {
  /// Hyperbolic tangent.
  case tanh
  /// Sine.
  case sin
  /// Logistic sigmoid `1 / (1 + e^-z)`.
  case sigmoid
  /// `log(1 + e^z)`.
  case softplus
  /// `z · sigmoid(z)` (swish).
  case silu
  /// Exact GELU `z · Φ(z)` with the normal distribution function Φ.
  case gelu
  /// `max(z, 0)`; its second and higher derivatives are zero (almost everywhere).
  case relu

  /// The value of the activation's `order`-th derivative at `z`, computed in Double by the same
  /// formulas the engine uses (for tests and diagnostics); NaN outside orders 0...5.
  public func derivative(_ order: Int, at z: Double) -> Double {
    guard (0...5).contains(order) else { return .nan }
    let kernel = ActivationKernel<Double>(activation: self, highestOrder: order)
    return kernel.scalarDerivatives(z)[order]
  }
}
