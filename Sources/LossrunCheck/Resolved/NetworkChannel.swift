/// One derivative channel of one network output, such as `u`, `u_x` or `v_xy`.
public struct NetworkChannel: Hashable, Sendable {
  /// The output's index in `CheckedNetwork.outputs`.
  public var output: Int
  /// The derivative taken, over all inputs (the zero index is the value).
  public var derivative: MultiIndex

  /// Creates a channel.
  public init(output: Int, derivative: MultiIndex) {
    self.output = output
    self.derivative = derivative
  }
}
