/// Random initial weights of a dense layer, drawn from a dedicated random stream.
///
/// Xavier (Glorot) initializations as in PyTorch, with fan-in n_in and fan-out n_out:
/// normal with standard deviation `gain · √(2 / (n_in + n_out))`, or uniform on ±`gain ·
/// √(6 / (n_in + n_out))`. Entries are drawn in buffer order, so a layer's matrix is the same
/// whatever the engine's precision. Biases start at zero and are not drawn.
public enum WeightInitializer: String, Hashable, Sendable, Codable {
  /// Xavier normal.
  case xavierNormal
  /// Xavier uniform.
  case xavierUniform

  /// Fills `weights` for a layer with `fanIn` inputs and `fanOut` outputs.
  public func fill<Scalar: BinaryFloatingPoint>(
    _ weights: UnsafeMutableBufferPointer<Scalar>, fanIn: Int, fanOut: Int, gain: Double = 1,
    generator: inout RandomGenerator
  ) {
    let fans = Double(max(fanIn + fanOut, 1))
    switch self {
    case .xavierNormal:
      let deviation = gain * (2 / fans).squareRoot()
      for i in weights.indices { weights[i] = Scalar(deviation * generator.nextNormal()) }
    case .xavierUniform:
      let bound = gain * (6 / fans).squareRoot()
      for i in weights.indices {
        weights[i] = Scalar(bound * (2 * generator.nextUnitDouble() - 1))
      }
    }
  }
}
