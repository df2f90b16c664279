import LossrunDiagnostics

/// What resolving one expression found out, beyond the tree itself: which declarations it uses
/// (for the unused-declaration lints), where it takes second- or higher-order derivatives (for
/// the vanishing-derivative lint), where it takes normal derivatives, and its size.
struct ResolutionFacts: Sendable {
  /// Constants used.
  var constants: Set<Int> = []
  /// Definitions used, directly or through other definitions.
  var definitions: Set<Int> = []
  /// Parameters used, directly or through definitions.
  var parameters: Set<Int> = []
  /// Where derivatives of order two or more are taken.
  var highOrderSites: [SourceRange] = []
  /// Where normal derivatives are taken (for a definition that takes one, the place that uses
  /// the definition).
  var normalDerivativeSites: [SourceRange] = []
  /// Whether the network is read.
  var readsNetwork = false
  /// Nodes of the resolved tree, counting inlined definitions in full.
  var nodeCount = 0

  /// Adds the facts of a definition used at `range`.
  mutating func absorb(definition facts: ResolutionFacts, usedAt range: SourceRange) {
    constants.formUnion(facts.constants)
    definitions.formUnion(facts.definitions)
    parameters.formUnion(facts.parameters)
    highOrderSites += facts.highOrderSites
    if !facts.normalDerivativeSites.isEmpty { normalDerivativeSites.append(range) }
    readsNetwork = readsNetwork || facts.readsNetwork
    nodeCount += facts.nodeCount
  }

  /// Adds the facts of another expression of the same declaration.
  mutating func merge(_ facts: ResolutionFacts) {
    constants.formUnion(facts.constants)
    definitions.formUnion(facts.definitions)
    parameters.formUnion(facts.parameters)
    highOrderSites += facts.highOrderSites
    normalDerivativeSites += facts.normalDerivativeSites
    readsNetwork = readsNetwork || facts.readsNetwork
    nodeCount += facts.nodeCount
  }
}
