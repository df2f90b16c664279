import LossrunEngine

/// Small random networks and point sets shared by the engine tests.
enum TestNetworks {
  /// Deterministic pseudo-random values in `range`.
  static func uniform(_ count: Int, in range: ClosedRange<Double>, seed: UInt64) -> [Double] {
    var generator = RandomGenerator(seed: seed)
    return (0..<count).map { _ in
      generator.nextUniform(in: range.lowerBound, range.upperBound)
    }
  }

  /// Fills a Double plan's parameters with random values of moderate size (nonzero biases).
  static func randomize(_ plan: Plan<Double>, seed: UInt64) {
    var generator = RandomGenerator(seed: seed)
    for layer in plan.layout.layers {
      let scale = 1.2 / Double(layer.inputCount).squareRoot()
      for i in layer.weights { plan.parameters[i] = scale * generator.nextNormal() }
      for i in layer.biases { plan.parameters[i] = 0.3 * generator.nextNormal() }
    }
  }

  /// A plain Double forward pass of the plan's MLP at one point (the reference for values).
  static func naiveForward(_ plan: Plan<Double>, _ x: [Double]) -> [Double] {
    var a = x
    if let affine = plan.network.inputAffine {
      let d = x.count
      a = (0..<d).map { r in
        affine.offset[r] + (0..<d).reduce(0.0) { $0 + affine.matrix[r * d + $1] * x[$1] }
      }
    }
    for (l, layer) in plan.layout.layers.enumerated() {
      var z = [Double](repeating: 0, count: layer.outputCount)
      for j in 0..<layer.outputCount {
        var s = plan.parameters[layer.biases.lowerBound + j]
        for i in 0..<layer.inputCount {
          s += plan.parameters[layer.weights.lowerBound + j * layer.inputCount + i] * a[i]
        }
        z[j] = s
      }
      let last = l == plan.layout.layers.count - 1
      a = last ? z : z.map { plan.network.activation.derivative(0, at: $0) }
    }
    return a
  }
}
