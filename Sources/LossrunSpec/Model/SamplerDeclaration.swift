import LossrunDiagnostics

/// A named set of points: a region of the domain, how many points and how they are drawn.
public struct SamplerDeclaration: Hashable, Sendable {
  /// The part of the domain a sampler draws from.
  public enum Region: String, Keyword {
    /// The interior of the input box (space and time).
    case interior
    /// The boundary of the space box, at every time; `where` selects a part of it.
    case boundary
    /// The initial slice: the space box at the time input's lower bound.
    case initial
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "region"
  }

  /// How points are laid out.
  public enum Distribution: String, Keyword {
    case uniform
    case grid
    case latinHypercube = "latin_hypercube"
    case sobol
    case halton
    /// What the words name, in messages (``Keyword/vocabularyName``).
    public static let vocabularyName = "distribution"
    /// Other accepted spellings (``Keyword/aliases``).
    public static let aliases: [String: Distribution] = [
      "lhs": .latinHypercube, "random": .uniform,
    ]
  }

  /// The sampler's name, which terms refer to.
  public var name: Located<String>
  /// The region.
  public var region: Located<Region>
  /// A predicate over the inputs selecting part of the region, such as `x == 0 or y == 1`.
  public var predicate: Expression?
  /// The name of the domain shape whose boundary is sampled (`of: hole`); nil for the whole
  /// boundary. Only for the boundary region.
  public var boundaryOf: Located<String>?
  /// The number of points.
  public var points: Located<Int>
  /// The distribution; nil means uniform random.
  public var distribution: Located<Distribution>?
  /// Redraw the points every this many steps; nil means every step for random distributions and
  /// never for a grid; 0 means never.
  public var resampleEvery: Located<Int>?
  /// Residual-based adaptive sampling of the points (`adapt:`); nil means none.
  public var adaptation: SamplerAdaptation? = nil

  /// Creates a sampler declaration.
  public init(
    name: Located<String>, region: Located<Region>, predicate: Expression?, points: Located<Int>,
    distribution: Located<Distribution>?, resampleEvery: Located<Int>?,
    boundaryOf: Located<String>? = nil
  ) {
    self.boundaryOf = boundaryOf
    self.name = name
    self.region = region
    self.predicate = predicate
    self.points = points
    self.distribution = distribution
    self.resampleEvery = resampleEvery
  }
}
