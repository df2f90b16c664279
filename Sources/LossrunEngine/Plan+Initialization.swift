extension Plan {
  /// The name of the random stream the network's initial weights are drawn from.
  public static var initializationStream: String { "init" }

  /// Draws the network's weights with `initializer` from stream ``initializationStream`` of
  /// `seed`; biases become zero and learnable scalars keep their values.
  ///
  /// Layers are drawn from the input side, each weight matrix in row-major order, so a seed gives
  /// the same network in every precision (up to rounding to `S`).
  public func initialize(_ initializer: WeightInitializer, seed: UInt64) {
    var generator = RandomGenerator(seed: seed, streamName: Self.initializationStream)
    initialize(initializer, using: &generator)
  }

  /// Draws the network's weights with `initializer` from `generator`; biases become zero and
  /// learnable scalars keep their values.
  ///
  /// Layers are drawn from the input side, each weight matrix in row-major order.
  public func initialize(_ initializer: WeightInitializer, using generator: inout RandomGenerator) {
    for layer in layout.layers {
      initializer.fill(
        UnsafeMutableBufferPointer(rebasing: parameters[layer.weights]),
        fanIn: layer.inputCount, fanOut: layer.outputCount, generator: &generator)
      for i in layer.biases { parameters[i] = 0 }
    }
  }
}
