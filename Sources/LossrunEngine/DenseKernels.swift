/// The dense kernels: a register-blocked product of a weight matrix with a tile of points
/// (points along SIMD lanes, weights broadcast), and the transposed accumulation that forms
/// weight gradients. Tiles hold `points` columns, a multiple of four vectors.
enum DenseKernels {
  /// `output[m×points] = weights[m×k] · input[k×points] (+ bias)`; rows of `input`/`output` are
  /// `points` apart.
  @inline(__always)
  static func multiply<S: EngineScalar>(
    rows m: Int, inner k: Int, weights w: UnsafePointer<S>, input a: UnsafePointer<S>,
    output o: UnsafeMutablePointer<S>, points t: Int, bias: UnsafePointer<S>?
  ) {
    product(
      rows: m, inner: k, weights: w, rowStride: k, innerStride: 1, input: a, output: o,
      points: t, bias: bias)
  }

  /// `output[k×points] = weights[m×k]ᵀ · input[m×points]`, reading the row-major `weights`
  /// column by column (the input cotangent of a dense layer), so no transposed copy of the
  /// weights is needed.
  @inline(__always)
  static func multiplyTransposed<S: EngineScalar>(
    rows k: Int, inner m: Int, weights w: UnsafePointer<S>, input a: UnsafePointer<S>,
    output o: UnsafeMutablePointer<S>, points t: Int
  ) {
    product(
      rows: k, inner: m, weights: w, rowStride: 1, innerStride: k, input: a, output: o,
      points: t, bias: nil)
  }

  /// `output[m×points] = W · input[k×points] (+ bias)` with `W[j, kk]` at
  /// `weights[j·rowStride + kk·innerStride]`.
  @inline(__always)
  private static func product<S: EngineScalar>(
    rows m: Int, inner k: Int, weights w: UnsafePointer<S>, rowStride: Int, innerStride: Int,
    input a: UnsafePointer<S>, output o: UnsafeMutablePointer<S>, points t: Int,
    bias: UnsafePointer<S>?
  ) {
    let lanes = S.laneCount
    var j = 0
    while j + 4 <= m {
      let w0 = w + j * rowStride
      let w1 = w0 + rowStride
      let w2 = w1 + rowStride
      let w3 = w2 + rowStride
      var v = 0
      while v < t {
        var c00 = S.Vector(repeating: bias?[j] ?? 0)
        var c10 = S.Vector(repeating: bias?[j + 1] ?? 0)
        var c20 = S.Vector(repeating: bias?[j + 2] ?? 0)
        var c30 = S.Vector(repeating: bias?[j + 3] ?? 0)
        var (c01, c02, c03) = (c00, c00, c00)
        var (c11, c12, c13) = (c10, c10, c10)
        var (c21, c22, c23) = (c20, c20, c20)
        var (c31, c32, c33) = (c30, c30, c30)
        var row = a + v
        for kk in 0..<k {
          let a0 = VectorMemory.load(row, 0)
          let a1 = VectorMemory.load(row, lanes)
          let a2 = VectorMemory.load(row, 2 * lanes)
          let a3 = VectorMemory.load(row, 3 * lanes)
          let b0 = S.Vector(repeating: w0[kk * innerStride])
          c00 = c00.addingProduct(b0, a0)
          c01 = c01.addingProduct(b0, a1)
          c02 = c02.addingProduct(b0, a2)
          c03 = c03.addingProduct(b0, a3)
          let b1 = S.Vector(repeating: w1[kk * innerStride])
          c10 = c10.addingProduct(b1, a0)
          c11 = c11.addingProduct(b1, a1)
          c12 = c12.addingProduct(b1, a2)
          c13 = c13.addingProduct(b1, a3)
          let b2 = S.Vector(repeating: w2[kk * innerStride])
          c20 = c20.addingProduct(b2, a0)
          c21 = c21.addingProduct(b2, a1)
          c22 = c22.addingProduct(b2, a2)
          c23 = c23.addingProduct(b2, a3)
          let b3 = S.Vector(repeating: w3[kk * innerStride])
          c30 = c30.addingProduct(b3, a0)
          c31 = c31.addingProduct(b3, a1)
          c32 = c32.addingProduct(b3, a2)
          c33 = c33.addingProduct(b3, a3)
          row += t
        }
        let out = o + j * t + v
        VectorMemory.store(c00, out, 0)
        VectorMemory.store(c01, out, lanes)
        VectorMemory.store(c02, out, 2 * lanes)
        VectorMemory.store(c03, out, 3 * lanes)
        VectorMemory.store(c10, out, t)
        VectorMemory.store(c11, out, t + lanes)
        VectorMemory.store(c12, out, t + 2 * lanes)
        VectorMemory.store(c13, out, t + 3 * lanes)
        VectorMemory.store(c20, out, 2 * t)
        VectorMemory.store(c21, out, 2 * t + lanes)
        VectorMemory.store(c22, out, 2 * t + 2 * lanes)
        VectorMemory.store(c23, out, 2 * t + 3 * lanes)
        VectorMemory.store(c30, out, 3 * t)
        VectorMemory.store(c31, out, 3 * t + lanes)
        VectorMemory.store(c32, out, 3 * t + 2 * lanes)
        VectorMemory.store(c33, out, 3 * t + 3 * lanes)
        v += 4 * lanes
      }
      j += 4
    }
    while j < m {
      let w0 = w + j * rowStride
      var v = 0
      while v < t {
        var c0 = S.Vector(repeating: bias?[j] ?? 0)
        var (c1, c2, c3) = (c0, c0, c0)
        var row = a + v
        for kk in 0..<k {
          let b0 = S.Vector(repeating: w0[kk * innerStride])
          c0 = c0.addingProduct(b0, VectorMemory.load(row, 0))
          c1 = c1.addingProduct(b0, VectorMemory.load(row, lanes))
          c2 = c2.addingProduct(b0, VectorMemory.load(row, 2 * lanes))
          c3 = c3.addingProduct(b0, VectorMemory.load(row, 3 * lanes))
          row += t
        }
        let out = o + j * t + v
        VectorMemory.store(c0, out, 0)
        VectorMemory.store(c1, out, lanes)
        VectorMemory.store(c2, out, 2 * lanes)
        VectorMemory.store(c3, out, 3 * lanes)
        v += 4 * lanes
      }
      j += 1
    }
  }

  /// `gradient[m×k] += Σ_c Σ_points cotangent_c[m×points] · input_c[k×points]ᵀ` over the
  /// channels listed in `channels`; channel `c` of the cotangent starts at
  /// `cotangent + c·cotangentStride`, of the input at `input + c·inputStride`.
  ///
  /// Works in 4×4 blocks of the gradient; edge blocks repeat the last row or column and keep
  /// only the valid sums, so every block runs the same register-blocked loop.
  @inline(__always)
  static func accumulateOuter<S: EngineScalar>(
    rows m: Int, inner k: Int, cotangent g: UnsafePointer<S>, cotangentStride: Int,
    input a: UnsafePointer<S>, inputStride: Int, channels: UnsafeBufferPointer<Int32>,
    points t: Int, gradient dw: UnsafeMutablePointer<S>
  ) {
    var j = 0
    while j < m {
      let r1 = min(j + 1, m - 1) * t
      let r2 = min(j + 2, m - 1) * t
      let r3 = min(j + 3, m - 1) * t
      var i = 0
      while i < k {
        let s1 = min(i + 1, k - 1) * t
        let s2 = min(i + 2, k - 1) * t
        let s3 = min(i + 3, k - 1) * t
        var block = OuterBlock<S>()
        for channel in channels {
          let g0 = g + Int(channel) * cotangentStride + j * t
          let a0 = a + Int(channel) * inputStride + i * t
          block.accumulate(
            g0, g0 - j * t + r1, g0 - j * t + r2, g0 - j * t + r3,
            a0, a0 - i * t + s1, a0 - i * t + s2, a0 - i * t + s3, points: t)
        }
        let (c00, c01, c02, c03) = (block.c00, block.c01, block.c02, block.c03)
        let (c10, c11, c12, c13) = (block.c10, block.c11, block.c12, block.c13)
        let (c20, c21, c22, c23) = (block.c20, block.c21, block.c22, block.c23)
        let (c30, c31, c32, c33) = (block.c30, block.c31, block.c32, block.c33)
        let sums = (
          S.horizontalSums(c00, c01, c02, c03), S.horizontalSums(c10, c11, c12, c13),
          S.horizontalSums(c20, c21, c22, c23), S.horizontalSums(c30, c31, c32, c33)
        )
        addBlock(
          sums, into: dw + j * k + i, rowStride: k, rows: min(4, m - j), columns: min(4, k - i))
        i += 4
      }
      j += 4
    }
  }

  /// Adds a 4×4 block of sums (rows and columns beyond the edge are dropped).
  @inline(__always)
  private static func addBlock<S: EngineScalar>(
    _ sums: (SIMD4<S>, SIMD4<S>, SIMD4<S>, SIMD4<S>), into dw: UnsafeMutablePointer<S>,
    rowStride k: Int, rows: Int, columns: Int
  ) {
    if rows == 4 && columns == 4 {
      addRow(sums.0, dw)
      addRow(sums.1, dw + k)
      addRow(sums.2, dw + 2 * k)
      addRow(sums.3, dw + 3 * k)
      return
    }
    for r in 0..<rows {
      let row = r == 0 ? sums.0 : r == 1 ? sums.1 : r == 2 ? sums.2 : sums.3
      for c in 0..<columns { dw[r * k + c] += row[c] }
    }
  }

  @inline(__always)
  private static func addRow<S: EngineScalar>(_ sums: SIMD4<S>, _ row: UnsafeMutablePointer<S>) {
    let raw = UnsafeMutableRawPointer(row)
    raw.storeBytes(of: raw.loadUnaligned(as: SIMD4<S>.self) + sums, as: SIMD4<S>.self)
  }

  /// `bias[j] += Σ_points cotangent[j×points]` for `m` rows.
  @inline(__always)
  static func accumulateRows<S: EngineScalar>(
    rows m: Int, cotangent g: UnsafePointer<S>, points t: Int, into bias: UnsafeMutablePointer<S>
  ) {
    for j in 0..<m {
      var acc = S.Vector()
      var v = 0
      while v < t {
        acc += VectorMemory.load(g, j * t + v)
        v += S.laneCount
      }
      bias[j] += VectorMemory.laneSum(acc)
    }
  }
}
