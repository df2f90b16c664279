import LossrunDiagnostics

/// A named set of points and where they come from: drawn from a region of the domain, listed in
/// the spec, or read from a data file (``Source``).
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

  /// Where a sampler's points come from: exactly one of three kinds.
  public enum Source: Hashable, Sendable {
    /// Drawn from a region of the domain (`region: interior, points: 256`).
    case drawn(DrawnPoints)
    /// Listed in the spec, one row per point (`points: [[0, 0]]`).
    case listed(ListedPoints)
    /// Read from a CSV file whose header names the columns (`file: data/sensors.csv`).
    case file(PointFile)
  }

  /// The sampler's name, which terms refer to.
  public var name: Located<String>
  /// Where the points come from.
  public var source: Source

  /// Creates a sampler declaration with its source.
  public init(name: Located<String>, source: Source) {
    self.name = name
    self.source = source
  }

  /// Creates a sampler drawing `points` points from `region`.
  public init(
    name: Located<String>, region: Located<Region>, predicate: Expression?, points: Located<Int>,
    distribution: Located<Distribution>?, resampleEvery: Located<Int>?,
    boundaryOf: Located<String>? = nil
  ) {
    self.name = name
    source = .drawn(
      DrawnPoints(
        region: region, predicate: predicate, boundaryOf: boundaryOf, points: points,
        distribution: distribution, resampleEvery: resampleEvery))
  }

  /// Where the sampler's points were given: the count, the list, or the file.
  public var pointsRange: SourceRange {
    switch source {
    case .drawn(let drawn): drawn.points.range
    case .listed(let listed): listed.range
    case .file(let file): file.batch?.range ?? file.path.range
    }
  }

  /// The region settings when the points are drawn from a region, nil otherwise.
  public var drawn: DrawnPoints? {
    if case .drawn(let drawn) = source { drawn } else { nil }
  }
}
