import LossrunSpec

/// The network with every default applied.
public struct CheckedNetwork: Hashable, Sendable {
  /// The number of inputs (all spec inputs, time included), in `CheckedSpec.inputs` order.
  public var inputCount: Int
  /// The output names; `OutputDerivative.output` indexes this list.
  public var outputs: [String]
  /// Hidden layer widths (at least one layer, each width positive).
  public var hidden: [Int]
  /// The activation of the hidden layers (default tanh).
  public var activation: NetworkDeclaration.Activation
  /// The weight initialisation (default Xavier normal); biases start at zero.
  public var initialization: NetworkDeclaration.Initialization
  /// The input normalisation (default none).
  public var normalization: NetworkDeclaration.InputNormalization

  /// Creates a checked network.
  public init(
    inputCount: Int, outputs: [String], hidden: [Int],
    activation: NetworkDeclaration.Activation,
    initialization: NetworkDeclaration.Initialization,
    normalization: NetworkDeclaration.InputNormalization
  ) {
    self.inputCount = inputCount
    self.outputs = outputs
    self.hidden = hidden
    self.activation = activation
    self.initialization = initialization
    self.normalization = normalization
  }

  /// The number of trainable weights and biases of the MLP.
  public var parameterCount: Int {
    var count = 0
    var width = inputCount
    for layer in hidden + [outputs.count] {
      count += width * layer + layer
      width = layer
    }
    return count
  }
}
