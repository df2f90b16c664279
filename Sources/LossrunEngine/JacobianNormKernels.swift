/// Per-point kernels of the Jacobian-norm pass: squared norms of per-point layer gradients from
/// dot products, without forming the gradients.
///
/// A tile's buffers hold `groups` row groups of `points` rows each: the points and, for a set
/// with point images, each image of them (``PointImage``). A point's gradient sums over its
/// groups, so the pairs below run over (channel, group) pairs.
enum JacobianNormKernels {
  /// The layout of one tile's rows: `groups` groups of `points` rows, `rows` in all.
  struct Rows {
    /// Points per group (the tile's points).
    var points: Int
    /// Row groups: 1, plus one per point image.
    var groups: Int
    /// The stride between feature rows of one channel: `points × groups`.
    var rows: Int { points * groups }
  }

  /// Adds Σ_{(c,g),(c',g')} (δ_{c,g}·δ_{c',g'})(a_{c,g}·a_{c',g'}) per point to `out`: the
  /// squared norm of the per-point weight gradient Σ_{c,g} δ_{c,g} a_{c,g}ᵀ of one dense layer.
  ///
  /// `cotangent + c·cotangentStride` holds δ_c as `[rows][layout.rows]`, `input + c·inputStride`
  /// holds a_c as `[inner][layout.rows]`, group g of a point p at column g·points + p; only the
  /// first `valid` points are read and written. `scratch` holds at least two tiles of points.
  static func accumulatePairs<S: EngineScalar>(
    channels: UnsafeBufferPointer<Int32>, cotangent: UnsafePointer<S>, cotangentStride: Int,
    rows m: Int, input: UnsafePointer<S>, inputStride: Int, inner k: Int, layout: Rows,
    valid: Int, scratch: UnsafeMutablePointer<S>, into out: UnsafeMutablePointer<S>
  ) {
    let deltas = scratch
    let inputs = scratch + layout.points
    let count = channels.count * layout.groups
    for i in 0..<count {
      let (c, g) = (Int(channels[i / layout.groups]), i % layout.groups)
      for j in i..<count {
        let (d, h) = (Int(channels[j / layout.groups]), j % layout.groups)
        dotProducts(
          cotangent + c * cotangentStride + g * layout.points,
          cotangent + d * cotangentStride + h * layout.points, rows: m, stride: layout.rows,
          valid: valid, into: deltas)
        dotProducts(
          input + c * inputStride + g * layout.points, input + d * inputStride + h * layout.points,
          rows: k, stride: layout.rows, valid: valid, into: inputs)
        let factor: S = i == j ? 1 : 2
        for p in 0..<valid { out[p] += factor * deltas[p] * inputs[p] }
      }
    }
  }

  /// Writes Σ_r x[r][p]·y[r][p] per point `p < valid` into `out` (rows `stride` apart).
  @inline(__always)
  static func dotProducts<S: EngineScalar>(
    _ x: UnsafePointer<S>, _ y: UnsafePointer<S>, rows: Int, stride: Int, valid: Int,
    into out: UnsafeMutablePointer<S>
  ) {
    out.update(repeating: 0, count: valid)
    for r in 0..<rows {
      let xr = x + r * stride
      let yr = y + r * stride
      for p in 0..<valid { out[p] += xr[p] * yr[p] }
    }
  }

  /// Adds Σ_r (Σ_g x[r][g][p])² per point `p < valid` to `out` (a bias's per-point squared
  /// gradient, summed over the point's row groups).
  static func accumulateSquares<S: EngineScalar>(
    _ x: UnsafePointer<S>, rows: Int, layout: Rows, valid: Int,
    into out: UnsafeMutablePointer<S>
  ) {
    for r in 0..<rows {
      let xr = x + r * layout.rows
      for p in 0..<valid {
        var sum = xr[p]
        for g in 1..<max(layout.groups, 1) { sum += xr[g * layout.points + p] }
        out[p] += sum * sum
      }
    }
  }
}
