/// A problem with a graph that the builder or the compiler found.
///
/// Every check on something a user could have written (through a spec) throws one of these
/// instead of trapping.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The network description is unusable (for example a zero width); the text says why.
  case invalidNetwork(String)
  /// A derivative channel asks for a total order above ``maximumDerivativeOrder``.
  case derivativeOrderTooHigh(requested: Int, maximum: Int)
  /// An input index is outside `0..<inputCount`.
  case unknownInput(index: Int, inputCount: Int)
  /// A network output index is outside `0..<outputCount`.
  case unknownOutput(index: Int, outputCount: Int)
  /// A per-point vector field index is outside the point set's fields.
  case unknownVectorField(index: Int, fieldCount: Int)
  /// A learnable scalar handle that this builder did not create.
  case unknownScalar(index: Int)
  /// A point set needs at least one point and matching dimensions.
  case invalidPointSet(String)
  /// An expression combines columns of two different point sets.
  case mixedPointSets(term: String)
  /// A loss term has no residual components.
  case emptyTerm(name: String)
  /// A network channel was requested before the network was declared.
  case missingNetwork
  /// The network was declared twice.
  case networkAlreadyDeclared
  /// Plan options are out of range (for example zero threads); the text says which.
  case invalidOptions(String)

  /// The highest total derivative order a channel may have.
  public static let maximumDerivativeOrder = 4

  /// A one-line explanation for diagnostics.
  public var description: String {
    switch self {
    case .invalidNetwork(let why): return "invalid network: \(why)"
    case .derivativeOrderTooHigh(let requested, let maximum):
      return
        "derivative of total order \(requested) requested; the engine supports up to \(maximum)"
    case .unknownInput(let index, let count):
      return "input index \(index) is out of range (the network has \(count) inputs)"
    case .unknownOutput(let index, let count):
      return "output index \(index) is out of range (the network has \(count) outputs)"
    case .unknownVectorField(let index, let count):
      return "vector field \(index) is out of range (the point set has \(count))"
    case .unknownScalar(let index): return "unknown learnable scalar #\(index)"
    case .invalidPointSet(let why): return "invalid point set: \(why)"
    case .mixedPointSets(let term): return "term '\(term)' mixes columns of different point sets"
    case .emptyTerm(let name): return "term '\(name)' has no residual components"
    case .missingNetwork: return "a network channel was requested before the network was declared"
    case .networkAlreadyDeclared: return "the network was already declared"
    case .invalidOptions(let why): return "invalid plan options: \(why)"
    }
  }
}
