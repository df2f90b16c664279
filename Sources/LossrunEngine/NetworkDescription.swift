/// The fully connected network every point set evaluates: layer sizes, activation, and an
/// optional fixed affine map applied to the inputs first.
///
/// Hidden layers apply the activation; the output layer is linear.
public struct NetworkDescription: Sendable, Equatable {
  /// Number of network inputs (coordinates per point).
  public var inputCount: Int
  /// Widths of the hidden layers, in order.
  public var hiddenWidths: [Int]
  /// Number of network outputs.
  public var outputCount: Int
  /// The activation of every hidden layer.
  public var activation: Activation
  /// An optional fixed input normalisation `x' = A·x + c`.
  public var inputAffine: InputAffine?

  /// Describes an MLP `inputCount -> hiddenWidths... -> outputCount`.
  public init(
    inputCount: Int, hiddenWidths: [Int], outputCount: Int, activation: Activation,
    inputAffine: InputAffine? = nil
  ) {
    self.inputCount = inputCount
    self.hiddenWidths = hiddenWidths
    self.outputCount = outputCount
    self.activation = activation
    self.inputAffine = inputAffine
  }

  /// Layer sizes from input to output: `[inputCount] + hiddenWidths + [outputCount]`.
  public var layerSizes: [Int] { [inputCount] + hiddenWidths + [outputCount] }

  func validate() throws(EngineError) {
    guard inputCount > 0 else { throw .invalidNetwork("the network needs at least one input") }
    guard outputCount > 0 else { throw .invalidNetwork("the network needs at least one output") }
    guard !hiddenWidths.isEmpty else {
      throw .invalidNetwork("the network needs at least one hidden layer")
    }
    guard hiddenWidths.allSatisfy({ $0 > 0 }) else {
      throw .invalidNetwork("hidden widths must be positive")
    }
    if let affine = inputAffine {
      guard affine.matrix.count == inputCount * inputCount, affine.offset.count == inputCount
      else {
        throw .invalidNetwork(
          "the input affine map must be \(inputCount)x\(inputCount) with \(inputCount) offsets")
      }
      guard (affine.matrix + affine.offset).allSatisfy({ $0.isFinite }) else {
        throw .invalidNetwork("the input affine map must be finite")
      }
    }
  }
}
