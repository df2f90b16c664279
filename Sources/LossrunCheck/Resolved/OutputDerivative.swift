/// One derivative of one network output that an expression reads, such as `u`, `u_x` or `v_xy`.
///
/// Lowering turns it into the engine's `NetworkChannel`, which the plan computes.
package struct OutputDerivative: Hashable, Sendable {
  /// The output's index in `CheckedNetwork.outputs`.
  package var output: Int
  /// The derivative taken, over all inputs (the zero index is the value).
  package var derivative: MultiIndex

  /// Creates an output derivative.
  package init(output: Int, derivative: MultiIndex) {
    self.output = output
    self.derivative = derivative
  }
}
