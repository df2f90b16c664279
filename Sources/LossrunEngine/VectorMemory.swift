/// Unaligned SIMD loads and stores on scalar buffers, used by every kernel.
enum VectorMemory {
  /// Loads the vector starting at `base[offset]`.
  @inline(__always)
  static func load<S: EngineScalar>(_ base: UnsafePointer<S>, _ offset: Int) -> S.Vector {
    UnsafeRawPointer(base + offset).loadUnaligned(as: S.Vector.self)
  }

  /// Loads the vector starting at `base[offset]` of a mutable buffer.
  @inline(__always)
  static func load<S: EngineScalar>(_ base: UnsafeMutablePointer<S>, _ offset: Int) -> S.Vector {
    UnsafeRawPointer(base + offset).loadUnaligned(as: S.Vector.self)
  }

  /// Stores `value` starting at `base[offset]`.
  @inline(__always)
  static func store<S: EngineScalar>(
    _ value: S.Vector, _ base: UnsafeMutablePointer<S>, _ offset: Int
  ) {
    UnsafeMutableRawPointer(base + offset).storeBytes(of: value, as: S.Vector.self)
  }

  /// Sums the lanes of a vector in a fixed pairwise order (deterministic).
  @inline(__always)
  static func laneSum<S: EngineScalar>(_ v: S.Vector) -> S {
    S.horizontalSum(v)
  }
}
