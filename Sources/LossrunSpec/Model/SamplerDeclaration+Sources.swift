import LossrunDiagnostics

extension SamplerDeclaration {
  /// Points drawn from a region of the domain, a fresh batch every `resample` steps.
  public struct DrawnPoints: Hashable, Sendable {
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
    /// Redraw the points every this many steps; nil means every step for random distributions
    /// and never for a grid; 0 means never.
    public var resampleEvery: Located<Int>?
    /// Residual-based adaptive sampling of the points (`adapt:`); nil means none.
    public var adaptation: SamplerAdaptation?

    /// Creates the settings of a drawn sampler.
    public init(
      region: Located<Region>, predicate: Expression?, boundaryOf: Located<String>?,
      points: Located<Int>, distribution: Located<Distribution>?, resampleEvery: Located<Int>?,
      adaptation: SamplerAdaptation? = nil
    ) {
      self.adaptation = adaptation
      self.region = region
      self.predicate = predicate
      self.boundaryOf = boundaryOf
      self.points = points
      self.distribution = distribution
      self.resampleEvery = resampleEvery
    }
  }

  /// Points listed in the spec: one row per point, one number per input (in input order, time
  /// included). They never change.
  public struct ListedPoints: Hashable, Sendable {
    /// The rows as written.
    public var rows: [Located<[Located<Double>]>]
    /// Where the list was written.
    public var range: SourceRange

    /// Creates a list of points.
    public init(rows: [Located<[Located<Double>]>], range: SourceRange) {
      self.rows = rows
      self.range = range
    }
  }

  /// Points (and data values) read from a CSV file: its header names the columns, every input
  /// is a column and the other columns are data that residuals read as `data.NAME`.
  public struct PointFile: Hashable, Sendable {
    /// The path as written, relative to the spec file's directory.
    public var path: Located<String>
    /// Rows drawn per step (a mini-batch); nil means every row, every step.
    public var batch: Located<Int>?

    /// Creates a file sampler.
    public init(path: Located<String>, batch: Located<Int>?) {
      self.path = path
      self.batch = batch
    }
  }
}
