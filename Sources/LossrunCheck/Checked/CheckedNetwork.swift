import LossrunDiagnostics

/// The network with every default applied.
package struct CheckedNetwork: Hashable, Sendable {
  /// Elementwise activations of the hidden layers.
  package enum Activation: String, Hashable, Sendable, CaseIterable {
    /// tanh.
    case tanh
    /// sin.
    case sin
    /// The logistic sigmoid.
    case sigmoid
    /// log(1 + eˣ).
    case softplus
    /// x·sigmoid(x) (swish).
    case silu
    /// The Gaussian error linear unit.
    case gelu
    /// max(0, x).
    case relu

    /// Whether the activation is piecewise linear, so that every derivative of order two or more
    /// through it is identically zero.
    package var isPiecewiseLinear: Bool { self == .relu }
  }

  /// Weight initializations; biases start at zero.
  package enum Initialization: String, Hashable, Sendable, CaseIterable {
    /// Xavier (Glorot) normal.
    case xavierNormal = "xavier_normal"
    /// Xavier (Glorot) uniform.
    case xavierUniform = "xavier_uniform"
  }

  /// How inputs are scaled before the first layer.
  package enum InputNormalization: String, Hashable, Sendable, CaseIterable {
    /// No scaling.
    case none
    /// The input box mapped affinely to [-1, 1] in every input.
    case box
    /// Zero mean and unit variance over the input box.
    case standardize
  }

  /// Where the `network` entry was written.
  package internal(set) var range: SourceRange
  /// The number of inputs (all spec inputs, time included), in `CheckedSpec.inputs` order.
  package internal(set) var inputCount: Int
  /// The output names; `OutputDerivative.output` indexes this list.
  package internal(set) var outputs: [String]
  /// Hidden layer widths (at least one layer, each width positive).
  package internal(set) var hidden: [Int]
  /// The activation of the hidden layers (default tanh).
  package internal(set) var activation: Activation
  /// The weight initialization (default Xavier normal); biases start at zero.
  package internal(set) var initialization: Initialization
  /// The input normalization (default none).
  package internal(set) var normalization: InputNormalization

  /// Creates a checked network.
  init(
    range: SourceRange, inputCount: Int, outputs: [String], hidden: [Int],
    activation: Activation, initialization: Initialization, normalization: InputNormalization
  ) {
    self.range = range
    self.inputCount = inputCount
    self.outputs = outputs
    self.hidden = hidden
    self.activation = activation
    self.initialization = initialization
    self.normalization = normalization
  }

  /// The number of trainable weights and biases of the MLP.
  package var parameterCount: Int {
    var count = 0
    var width = inputCount
    for layer in hidden + [outputs.count] {
      count += width * layer + layer
      width = layer
    }
    return count
  }
}
