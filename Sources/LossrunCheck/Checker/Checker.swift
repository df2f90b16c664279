import LossrunDiagnostics
import LossrunSpec

/// Semantic checks of a spec: name resolution, expression types, derivative needs, settings
/// against the catalogues, impossible values. The result is a `CheckedSpec` when no error was
/// found.
///
/// Each phase reads the model and what earlier phases resolved, reports problems and goes on,
/// so one run reports every independent mistake. The ids and their rationales are listed in
/// `CheckRule.catalogue`.
struct Checker {
  let spec: Spec
  var diagnostics: DiagnosticCollector
  var scope = ExpressionScope()
  /// Facts of every resolved expression by what it belongs to, for the lints.
  var usage = UsageFacts()

  // Results of the phases.
  var inputs: [CheckedInput] = []
  var constants: [CheckedConstant] = []
  var definitions: [CheckedDefinition] = []
  var parameters: [CheckedParameter] = []
  var network: CheckedNetwork?
  var samplers: [CheckedSampler?] = []
  var terms: [CheckedTerm?] = []
  var naturalFaces: [ResolvedPredicate] = []
  var weighting: CheckedWeighting?
  var aggregator: CheckedAggregator?
  var aggregatesScaledGradients = false
  var pointWeighting: CheckedPointWeighting?
  var training: CheckedTraining?
  var evaluation: CheckedEvaluation?
  var domain: CheckedDomain?
  /// The data files read (file samplers), for quoting diagnostics located in them.
  var dataSources: [SourceFile] = []

  init(spec: Spec) {
    self.spec = spec
    self.diagnostics = DiagnosticCollector(path: spec.path)
  }

  /// Runs every phase; the checked spec when there were no errors.
  mutating func run() -> CheckedSpec? {
    checkSpecName()
    declareNames()
    checkConstants()
    checkInputs()
    checkParameters()
    checkNetwork()
    checkDefinitions()
    checkDomain()
    checkSamplers()
    checkNaturalFaces()
    checkTerms()
    checkAdaptedSamplersAreUsed()
    checkWeighting()
    checkTraining()
    checkAggregatorOptimizer()
    checkEvaluation()
    guard !diagnostics.hasErrors, let network, let weighting, let training else { return nil }
    var checked = CheckedSpec(
      name: specName, path: spec.path, inputs: inputs, constants: constants,
      definitions: definitions, parameters: parameters, network: network,
      samplers: samplers.compactMap { $0 }, terms: terms.compactMap { $0 }, weighting: weighting,
      weightingRange: spec.weighting?.rule.range, training: training, evaluation: evaluation,
      outputDirectory: spec.output.map { resolvedPath($0.value) } ?? "runs/\(specName)")
    checked.naturalFaces = naturalFaces
    checked.domain = domain
    checked.aggregator = aggregator
    checked.aggregatesScaledGradients = aggregatesScaledGradients
    checked.pointWeighting = pointWeighting
    return checked
  }

  /// The spec's name, or the file's base name without extension.
  var specName: String {
    if let name = spec.name?.value, !name.isEmpty { return name }
    let base = spec.path.split(separator: "/").last.map(String.init) ?? spec.path
    let stem = base.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init)
    return (stem?.isEmpty ?? true) ? "spec" : stem ?? "spec"
  }

  /// `path` as named in the spec, resolved against the spec file's directory: unchanged when it
  /// is absolute or the spec file is in the current directory, else the spec's directory joined
  /// with it (`specs/x.yaml` naming `data/ref.csv` gives `specs/data/ref.csv`).
  func resolvedPath(_ path: String) -> String {
    guard !path.hasPrefix("/"), let slash = spec.path.lastIndex(of: "/") else { return path }
    return String(spec.path[...slash]) + path
  }

  /// A resolver for one expression in `context`.
  func resolver(_ context: ExpressionResolver.Context, role: String) -> ExpressionResolver {
    ExpressionResolver(scope: scope, context: context, role: role, path: spec.path)
  }

  /// Takes a finished resolver's diagnostics.
  mutating func collect(_ resolver: ExpressionResolver) {
    diagnostics.append(contentsOf: resolver.diagnostics.diagnostics)
  }

  /// Resolves a numeric expression; returns the tree and its facts.
  mutating func resolveNumber(
    _ expression: Expression, _ context: ExpressionResolver.Context, role: String,
    dataColumns: [String]? = nil
  ) -> (ResolvedExpression?, ResolutionFacts) {
    var resolver = resolver(context, role: role)
    resolver.dataColumns = dataColumns
    let result = resolver.resolveNumber(expression)
    collect(resolver)
    return (result, resolver.facts)
  }

  /// Resolves and evaluates a constant expression; reports non-finite values.
  mutating func constantValue(_ expression: Expression, role: String) -> Double? {
    let (resolved, facts) = resolveNumber(expression, .constant, role: role)
    usage.constants.formUnion(facts.constants)
    guard let value = resolved?.value(inputs: []) else { return nil }
    guard value.isFinite else {
      diagnostics.error(
        .nonFiniteValue, "\(role) evaluates to \(value); it must be a finite number",
        at: expression.range)
      return nil
    }
    return value
  }
}
