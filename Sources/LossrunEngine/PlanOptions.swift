/// Settings of a compiled plan.
public struct PlanOptions: Sendable, Equatable {
  /// Worker threads (including the calling thread); 1 runs everything on the caller.
  public var threads: Int
  /// Points per tile, rounded up to a multiple of four SIMD vectors; `nil` picks a size per point
  /// set so that a tile's activations stay in the L2 cache.
  public var tilePoints: Int?

  /// Options with `threads` threads and automatic tiles.
  public init(threads: Int = 1, tilePoints: Int? = nil) {
    self.threads = threads
    self.tilePoints = tilePoints
  }
}
