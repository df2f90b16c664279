import LossrunDiagnostics

/// Which declarations the spec uses where, gathered while checking, for the lint rules.
public struct UsageFacts: Sendable {
  /// Constants used anywhere.
  public var constants: Set<Int> = []
  /// Definitions used anywhere.
  public var definitions: Set<Int> = []
  /// Parameters used anywhere.
  public var parameters: Set<Int> = []
  /// Parameters some term's residual reaches.
  public var parametersInTerms: Set<Int> = []
  /// Samplers some term is on.
  public var samplers: Set<Int> = []
  /// Where terms take derivatives of order two or more.
  public var highOrderSites: [SourceRange] = []

  /// Creates empty facts.
  public init() {}
}
