/// Per-point kernels of the Jacobian-norm pass: squared norms of per-point layer gradients from
/// dot products, without forming the gradients.
enum JacobianNormKernels {
  /// Adds Σ_{c,c'} (δ_c·δ_c')(a_c·a_c') per point to `out`: the squared norm of the per-point
  /// weight gradient Σ_c δ_c a_cᵀ of one dense layer.
  ///
  /// `cotangent + c·cotangentStride` holds δ_c as `[rows][tile]`, `input + c·inputStride` holds
  /// a_c as `[inner][tile]`; only the first `valid` points are read and written. `scratch`
  /// holds at least two tiles.
  static func accumulatePairs<S: EngineScalar>(
    channels: UnsafeBufferPointer<Int32>, cotangent: UnsafePointer<S>, cotangentStride: Int,
    rows m: Int, input: UnsafePointer<S>, inputStride: Int, inner k: Int, tile t: Int,
    valid: Int, scratch: UnsafeMutablePointer<S>, into out: UnsafeMutablePointer<S>
  ) {
    let deltas = scratch
    let inputs = scratch + t
    for i in channels.indices {
      let c = Int(channels[i])
      for j in i..<channels.count {
        let d = Int(channels[j])
        dotProducts(
          cotangent + c * cotangentStride, cotangent + d * cotangentStride, rows: m, tile: t,
          valid: valid, into: deltas)
        dotProducts(
          input + c * inputStride, input + d * inputStride, rows: k, tile: t, valid: valid,
          into: inputs)
        let factor: S = i == j ? 1 : 2
        for p in 0..<valid { out[p] += factor * deltas[p] * inputs[p] }
      }
    }
  }

  /// Writes Σ_r x[r][p]·y[r][p] per point `p < valid` into `out`.
  @inline(__always)
  static func dotProducts<S: EngineScalar>(
    _ x: UnsafePointer<S>, _ y: UnsafePointer<S>, rows: Int, tile t: Int, valid: Int,
    into out: UnsafeMutablePointer<S>
  ) {
    out.update(repeating: 0, count: valid)
    for r in 0..<rows {
      let xr = x + r * t
      let yr = y + r * t
      for p in 0..<valid { out[p] += xr[p] * yr[p] }
    }
  }

  /// Adds Σ_r x[r][p]² per point `p < valid` to `out` (a bias's per-point squared gradient).
  static func accumulateSquares<S: EngineScalar>(
    _ x: UnsafePointer<S>, rows: Int, tile t: Int, valid: Int, into out: UnsafeMutablePointer<S>
  ) {
    for r in 0..<rows {
      let xr = x + r * t
      for p in 0..<valid { out[p] += xr[p] * xr[p] }
    }
  }
}
