/// Which parameters a gradient statistic runs over.
public enum ParameterScope: String, Hashable, Sendable, Codable {
  /// Every parameter: weights, biases and learnable scalars (counted with the last layer).
  case all
  /// The weight matrices only (no biases, no learnable scalars), as in Wang et al.'s code.
  case weights
}
