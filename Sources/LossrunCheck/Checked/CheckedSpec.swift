/// A spec that passed every check: resolved, typed and with every default applied.
///
/// This is the only input lowering and training need. Names have become indices:
/// `ResolvedExpression.input(i)` indexes `inputs`, `.parameter(j)` indexes `parameters`,
/// `OutputDerivative.output` indexes `network.outputs`, `CheckedTerm.sampler` indexes `samplers`,
/// and the weighting's term indices index `terms`. All numbers are finite.
public struct CheckedSpec: Hashable, Sendable {
  /// The problem's name (default: the file's base name without extension).
  public var name: String
  /// The path the spec was read from.
  public var path: String
  /// The inputs in declaration order; the network's inputs in the same order.
  public var inputs: [CheckedInput]
  /// Constants with their values (already folded into every expression that uses them).
  public var constants: [CheckedConstant]
  /// Definitions, resolved (already inlined into every expression that uses them).
  public var definitions: [CheckedDefinition]
  /// Scalar parameters, fixed or learnable.
  public var parameters: [CheckedParameter]
  /// The network.
  public var network: CheckedNetwork
  /// Samplers in declaration order.
  public var samplers: [CheckedSampler]
  /// Terms in declaration order.
  public var terms: [CheckedTerm]
  /// The weighting rule.
  public var weighting: CheckedWeighting
  /// Training settings.
  public var training: CheckedTraining
  /// Evaluation, if the spec asks for it.
  public var evaluation: CheckedEvaluation?
  /// The output directory (default `runs/<name>`).
  public var outputDirectory: String

  /// Creates a checked spec.
  public init(
    name: String, path: String, inputs: [CheckedInput], constants: [CheckedConstant],
    definitions: [CheckedDefinition], parameters: [CheckedParameter], network: CheckedNetwork,
    samplers: [CheckedSampler], terms: [CheckedTerm], weighting: CheckedWeighting,
    training: CheckedTraining, evaluation: CheckedEvaluation?, outputDirectory: String
  ) {
    self.name = name
    self.path = path
    self.inputs = inputs
    self.constants = constants
    self.definitions = definitions
    self.parameters = parameters
    self.network = network
    self.samplers = samplers
    self.terms = terms
    self.weighting = weighting
    self.training = training
    self.evaluation = evaluation
    self.outputDirectory = outputDirectory
  }

  /// The index of the time input, if there is one.
  public var timeInput: Int? { inputs.firstIndex { $0.isTime } }

  /// The indices of the space inputs (every input but time), in order. The Laplacian and the
  /// boundary's faces and normals range over these.
  public var spaceInputs: [Int] { inputs.indices.filter { !inputs[$0].isTime } }

  /// The index of the term named `name`.
  public func termIndex(named name: String) -> Int? { terms.firstIndex { $0.name == name } }
}
