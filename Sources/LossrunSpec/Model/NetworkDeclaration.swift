import LossrunDiagnostics

/// The network: a multilayer perceptron from the inputs to the named outputs.
public struct NetworkDeclaration: Hashable, Sendable {
  /// Elementwise activations of the hidden layers.
  public enum Activation: String, Keyword {
    case tanh, sin, sigmoid, softplus, silu, gelu, relu
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "activation"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: Activation] = ["swish": .silu]

    /// Whether the activation is piecewise linear, so that every derivative of order two or more
    /// through it is identically zero.
    public var isPiecewiseLinear: Bool { self == .relu }
  }

  /// Weight initialisations; biases start at zero.
  public enum Initialization: String, Keyword {
    case xavierNormal = "xavier_normal"
    case xavierUniform = "xavier_uniform"
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "initialization"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: Initialization] = [
      "glorot_normal": .xavierNormal, "glorot_uniform": .xavierUniform,
    ]
  }

  /// How inputs are scaled before the first layer.
  public enum InputNormalization: String, Keyword {
    /// No scaling.
    case none
    /// The input box mapped affinely to [-1, 1] in every input.
    case box
    /// Zero mean and unit variance over the input box (the reference Helmholtz code's choice).
    case standardize
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "input normalization"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: InputNormalization] = [
      "minmax": .box, "standard": .standardize, "zscore": .standardize,
    ]
  }

  /// Where the `network` entry itself was written (for diagnostics about the whole network).
  public var range: SourceRange
  /// The output names, one per network output: `[u]`, or `[u, v, p]` for a system.
  public var outputs: [Located<String>] = []
  /// Hidden layer widths, such as `[50, 50, 50]`.
  public var hidden: [Located<Int>] = []
  /// The activation; nil means tanh.
  public var activation: Located<Activation>?
  /// The weight initialisation; nil means Xavier normal.
  public var initialization: Located<Initialization>?
  /// The input normalisation; nil means none.
  public var normalization: Located<InputNormalization>?

  /// Creates a network declaration written at `range`.
  public init(range: SourceRange) { self.range = range }
}
