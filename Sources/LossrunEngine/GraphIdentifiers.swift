/// Identifies a point set of a graph (and of the plan compiled from it).
public struct PointSetID: Hashable, Sendable {
  /// Position among the builder's point sets, in declaration order.
  public let index: Int

  /// The point set at `index` in declaration order.
  public init(index: Int) { self.index = index }
}

/// Identifies a loss term (its position among the builder's terms, in declaration order).
public struct TermID: Hashable, Sendable {
  /// Position among the builder's terms; also the index of the term's loss and gradient.
  public let index: Int

  /// The term at `index` in declaration order.
  public init(index: Int) { self.index = index }
}

/// Identifies a probe column (see ``GraphBuilder/addProbe(name:_:)``).
public struct ProbeID: Hashable, Sendable {
  /// Position among the builder's probes.
  public let index: Int

  /// The probe at `index` in declaration order.
  public init(index: Int) { self.index = index }
}

/// A learnable scalar (for inverse problems); it lives at the end of the flat parameter vector.
public struct LearnableScalar: Hashable, Sendable {
  /// Position among the builder's learnable scalars.
  public let index: Int
}
