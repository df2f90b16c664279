/// Vectorised reductions over flat parameter-sized buffers (statistics, Gramian, sums of
/// per-thread partials). Lanes are combined in a fixed order, so results are reproducible.
enum VectorReductions {
  /// Σ|x|, max|x| and Σx² of `count` values.
  @inline(__always)
  static func absoluteStatistics<S: EngineScalar>(
    _ x: UnsafePointer<S>, count: Int
  ) -> (sumAbsolute: Double, maximumAbsolute: Double, sumSquares: Double) {
    let lanes = S.laneCount
    var sumAbs = S.Vector()
    var maxAbs = S.Vector()
    var sumSquares = S.Vector()
    var i = 0
    while i + lanes <= count {
      let v = VectorMemory.load(x, i)
      let a = S.vectorMaximum(v, -v)
      sumAbs += a
      maxAbs = S.vectorMaximum(maxAbs, a)
      sumSquares = sumSquares.addingProduct(v, v)
      i += lanes
    }
    var tailAbs = S.zero
    var tailMax = maxAbs.max()
    var tailSquares = S.zero
    while i < count {
      let v = x[i]
      tailAbs += Swift.abs(v)
      tailMax = Swift.max(tailMax, Swift.abs(v))
      tailSquares += v * v
      i += 1
    }
    return (
      Double(S.horizontalSum(sumAbs) + tailAbs), Double(tailMax),
      Double(S.horizontalSum(sumSquares) + tailSquares)
    )
  }

  /// `Σ x·y` over `count` values.
  @inline(__always)
  static func dot<S: EngineScalar>(_ x: UnsafePointer<S>, _ y: UnsafePointer<S>, count: Int)
    -> Double
  {
    let lanes = S.laneCount
    var acc = S.Vector()
    var i = 0
    while i + lanes <= count {
      acc = acc.addingProduct(VectorMemory.load(x, i), VectorMemory.load(y, i))
      i += lanes
    }
    var tail = S.zero
    while i < count {
      tail += x[i] * y[i]
      i += 1
    }
    return Double(S.horizontalSum(acc) + tail)
  }

  /// `y += α·x` over `count` values.
  @inline(__always)
  static func addScaled<S: EngineScalar>(
    _ alpha: S, _ x: UnsafePointer<S>, into y: UnsafeMutablePointer<S>, count: Int
  ) {
    let lanes = S.laneCount
    let a = S.Vector(repeating: alpha)
    var i = 0
    while i + lanes <= count {
      VectorMemory.store(VectorMemory.load(y, i).addingProduct(a, VectorMemory.load(x, i)), y, i)
      i += lanes
    }
    while i < count {
      y[i] += alpha * x[i]
      i += 1
    }
  }
}
