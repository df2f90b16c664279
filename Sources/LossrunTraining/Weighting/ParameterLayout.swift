/// Where each layer's weights and biases sit in the flat parameter vector.
public struct ParameterLayout: Hashable, Sendable, Codable {
  /// One layer's parameter ranges.
  public struct Layer: Hashable, Sendable, Codable {
    /// The weight matrix's entries.
    public var weights: Range<Int>
    /// The bias vector's entries.
    public var biases: Range<Int>

    /// Creates a layer from its ranges.
    public init(weights: Range<Int>, biases: Range<Int>) {
      self.weights = weights
      self.biases = biases
    }
  }

  /// The layers, input side first.
  public var layers: [Layer]

  /// Creates a layout.
  public init(layers: [Layer]) { self.layers = layers }

  /// The layout of a multilayer perceptron with layer widths `widths` (inputs first), each
  /// layer's `out × in` weights followed by its `out` biases.
  public static func multilayerPerceptron(widths: [Int]) -> ParameterLayout {
    var layers: [Layer] = []
    var offset = 0
    for (inputs, outputs) in zip(widths, widths.dropFirst()) {
      let weights = offset..<(offset + inputs * outputs)
      let biases = weights.upperBound..<(weights.upperBound + outputs)
      layers.append(Layer(weights: weights, biases: biases))
      offset = biases.upperBound
    }
    return ParameterLayout(layers: layers)
  }

  /// The total number of parameters covered.
  public var parameterCount: Int {
    layers.map { max($0.weights.upperBound, $0.biases.upperBound) }.max() ?? 0
  }
}
