import LossrunDiagnostics

/// A spec that passed every check: resolved, typed and with every default applied.
///
/// This is the only input lowering and training need. Names have become indices:
/// `ResolvedExpression.input(i)` indexes `inputs`, `.parameter(j)` indexes `parameters`,
/// `OutputDerivative.output` indexes `network.outputs`, `CheckedTerm.sampler` indexes `samplers`,
/// and the weighting's term indices index `terms`. All numbers are finite.
public struct CheckedSpec: Hashable, Sendable {
  /// The problem's name (default: the file's base name without extension).
  public internal(set) var name: String
  /// The path the spec was read from.
  public internal(set) var path: String
  /// The inputs in declaration order; the network's inputs in the same order.
  package internal(set) var inputs: [CheckedInput]
  /// Constants with their values (already folded into every expression that uses them).
  package internal(set) var constants: [CheckedConstant]
  /// Definitions, resolved (already inlined into every expression that uses them).
  package internal(set) var definitions: [CheckedDefinition]
  /// Scalar parameters, fixed or learnable.
  package internal(set) var parameters: [CheckedParameter]
  /// The network.
  package internal(set) var network: CheckedNetwork
  /// The spatial domain, or nil for the space inputs' box.
  package internal(set) var domain: CheckedDomain?
  /// Samplers in declaration order.
  package internal(set) var samplers: [CheckedSampler]
  /// Terms in declaration order.
  package internal(set) var terms: [CheckedTerm]
  /// The weighting rule.
  package internal(set) var weighting: CheckedWeighting
  /// The gradient aggregator that combines the (scaled) per-term gradients into the update, or
  /// nil when the update is Σ w_i g_i.
  package internal(set) var aggregator: CheckedAggregator?
  /// Whether the aggregator combines the per-term gradients scaled by the rule's weights
  /// (`combine:` on a scaling rule) rather than the raw ones (an aggregator selected alone).
  package internal(set) var aggregatesScaledGradients = false
  /// The per-point rule that weights the points within its terms (`weighting: causal`, or
  /// `points:` beside a scaling rule), or nil when every point of a term weighs the same.
  package internal(set) var pointWeighting: CheckedPointWeighting?
  /// Training settings.
  package internal(set) var training: CheckedTraining
  /// Evaluation, if the spec asks for it.
  package internal(set) var evaluation: CheckedEvaluation?
  /// The faces the spec declares free (`natural:`), which need no boundary condition; each reads
  /// only inputs.
  package internal(set) var naturalFaces: [ResolvedPredicate] = []
  /// Where the weighting rule was written; nil when the spec has none (fixed weights).
  package internal(set) var weightingRange: SourceRange?
  /// The output directory (default `runs/<name>`, relative to the current directory; an
  /// `output:` path is relative to the spec file's directory).
  public internal(set) var outputDirectory: String
  /// The command-line overrides applied to the spec as written (see ``overriding(_:)``); empty
  /// for a spec straight from the checker.
  public internal(set) var overrides = Overrides()

  /// Creates a checked spec.
  init(
    name: String, path: String, inputs: [CheckedInput], constants: [CheckedConstant],
    definitions: [CheckedDefinition], parameters: [CheckedParameter], network: CheckedNetwork,
    samplers: [CheckedSampler], terms: [CheckedTerm], weighting: CheckedWeighting,
    weightingRange: SourceRange?, training: CheckedTraining, evaluation: CheckedEvaluation?,
    outputDirectory: String
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
    self.weightingRange = weightingRange
    self.training = training
    self.evaluation = evaluation
    self.outputDirectory = outputDirectory
  }

  /// The spec with every sampler drawing `points` points and no evaluation, for timing steps
  /// (`lossrun bench`); `points` must be positive.
  package func benchmarking(pointsPerSampler points: Int) -> CheckedSpec {
    var spec = self
    for index in spec.samplers.indices { spec.samplers[index].resize { _ in points } }
    spec.evaluation = nil
    return spec
  }

  /// The index of the time input, if there is one.
  package var timeInput: Int? { inputs.firstIndex { $0.isTime } }

  /// The indices of the space inputs (every input but time), in order. The Laplacian and the
  /// boundary's faces and normals range over these.
  package var spaceInputs: [Int] { inputs.indices.filter { !inputs[$0].isTime } }

  /// The index of the term named `name`.
  package func termIndex(named name: String) -> Int? { terms.firstIndex { $0.name == name } }
}
