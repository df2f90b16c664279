/// Where each parameter lives in the flat parameter (and gradient) vector.
///
/// Layer `l` (0-based, the last is the output layer) stores its weights row-major
/// (`outputs × inputs`) followed by its biases; the learnable scalars come last.
public struct ParameterLayout: Sendable, Equatable {
  /// One dense layer's slices.
  public struct Layer: Sendable, Equatable {
    /// Inputs of the layer.
    public let inputCount: Int
    /// Outputs of the layer.
    public let outputCount: Int
    /// The weight matrix, row-major `outputCount × inputCount`.
    public let weights: Range<Int>
    /// The bias vector.
    public let biases: Range<Int>

    /// Weights and biases together.
    public var all: Range<Int> { weights.lowerBound..<biases.upperBound }
  }

  /// The dense layers from input to output.
  public let layers: [Layer]
  /// The learnable scalars.
  public let scalars: Range<Int>

  /// Total number of parameters.
  public var count: Int { scalars.upperBound }

  /// The layout for `sizes` (`[inputs, hidden..., outputs]`) plus `scalarCount` scalars.
  public init(layerSizes sizes: [Int], scalarCount: Int) {
    var offset = 0
    var layers: [Layer] = []
    for l in 1..<sizes.count {
      let weights = offset..<(offset + sizes[l] * sizes[l - 1])
      let biases = weights.upperBound..<(weights.upperBound + sizes[l])
      layers.append(
        Layer(inputCount: sizes[l - 1], outputCount: sizes[l], weights: weights, biases: biases))
      offset = biases.upperBound
    }
    self.layers = layers
    scalars = offset..<(offset + scalarCount)
  }
}
