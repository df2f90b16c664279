/// One derivative of one network output that an expression reads, such as `u`, `u_x` or `v_xy`.
///
/// Lowering turns it into the engine's `NetworkChannel`, which the plan computes.
public struct OutputDerivative: Hashable, Sendable {
  /// The output's index in `CheckedNetwork.outputs`.
  public var output: Int
  /// The derivative taken, over all inputs (the zero index is the value).
  public var derivative: MultiIndex

  /// Creates an output derivative.
  public init(output: Int, derivative: MultiIndex) {
    self.output = output
    self.derivative = derivative
  }
}
