import LossrunDiagnostics

/// Which declarations the spec uses where, gathered while checking, for the lint rules.
package struct UsageFacts: Sendable {
  /// Constants used anywhere.
  package var constants: Set<Int> = []
  /// Definitions used anywhere.
  package var definitions: Set<Int> = []
  /// Parameters used anywhere.
  package var parameters: Set<Int> = []
  /// Parameters some term's residual reaches.
  package var parametersInTerms: Set<Int> = []
  /// Samplers some term is on.
  package var samplers: Set<Int> = []
  /// Where terms take derivatives of order two or more.
  package var highOrderSites: [SourceRange] = []

  /// Creates empty facts.
  package init() {}
}
