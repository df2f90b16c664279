/// A subset of the parameters a gradient statistic is taken over.
public enum ParameterGroup: Hashable, Sendable {
  /// Every parameter (weights, biases, learnable scalars).
  case all
  /// The weight matrices of all layers (no biases, no scalars).
  case weights
  /// Weights and biases of one dense layer (0-based; the last is the output layer).
  case layer(Int)
  /// The weights of one dense layer.
  case layerWeights(Int)
}
