extension Plan {
  /// Xavier-normal weights (`std = sqrt(2 / (fan_in + fan_out))`) and zero biases; learnable
  /// scalars keep their values.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func initialiseXavierNormal(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for layer in layout.layers {
      let std = (2.0 / Double(layer.inputCount + layer.outputCount)).squareRoot()
      for i in layer.weights { parameters[i] = S(std * generator.nextNormal()) }
      for i in layer.biases { parameters[i] = 0 }
    }
  }
}
