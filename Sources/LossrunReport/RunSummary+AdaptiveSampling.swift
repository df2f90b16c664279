import LossrunJSON

extension RunSummary {
  /// What an adaptive sampler (`adapt:`) did over the run: how often it updated its points, how
  /// many it ended with, and what its last update cost.
  public struct AdaptiveSampling: Hashable, Sendable {
    /// The sampler's name.
    public var sampler: String
    /// Updates made (each a forward pass over the candidates and a new point set).
    public var updates: Int
    /// The points the sampler ended with (grows under RAR).
    public var points: Int
    /// Wall-clock seconds of the last update: the candidates' residuals and the choice of points
    /// (0 before the first update).
    public var lastUpdateSeconds: Double

    /// Creates one sampler's record.
    public init(sampler: String, updates: Int, points: Int, lastUpdateSeconds: Double) {
      self.sampler = sampler
      self.updates = updates
      self.points = points
      self.lastUpdateSeconds = lastUpdateSeconds
    }
  }

  /// `adaptive_sampling`: per adaptive sampler, keyed by its name; `{}` when none adapts.
  var perAdaptiveSampler: JSONValue {
    .object(
      adaptiveSampling.map { record in
        (
          record.sampler,
          .object([
            ("updates", .integer(record.updates)),
            ("points", .integer(record.points)),
            ("last_update_seconds", .number(record.lastUpdateSeconds)),
          ])
        )
      })
  }
}
