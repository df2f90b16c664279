/// The elementwise part of the jet rules: expanding post-activation channels from the
/// activation's derivatives and the pre-activation channels (Faà di Bruno monomials), and the
/// reverse of that expansion.
enum ElementwiseKernels {
  /// Elements per chunk when the kernels walk a tile in L1-sized pieces (a multiple of every
  /// lane count).
  static let chunk = 512

  /// `out = Σ_monomials coefficient · σ^(order) · Π z_factor` over `count` values.
  ///
  /// σ^(k) is at `derivatives + (k-1)·stride`, pre-activation channel `c` at
  /// `preactivations + c·stride`; `ones` holds at least `count` ones.
  static func expand<S: EngineScalar>(
    _ monomials: [FlatMonomial<S>], derivatives: UnsafeMutablePointer<S>,
    preactivations z: UnsafeMutablePointer<S>, stride: Int, ones: UnsafeMutablePointer<S>,
    count: Int, into out: UnsafeMutablePointer<S>
  ) {
    out.update(repeating: 0, count: count)
    for m in monomials {
      let d = derivatives + (m.order - 1) * stride
      let f0 = m.factorCount > 0 ? z + m.factors.0 * stride : ones
      let f1 = m.factorCount > 1 ? z + m.factors.1 * stride : ones
      let f2 = m.factorCount > 2 ? z + m.factors.2 * stride : ones
      let f3 = m.factorCount > 3 ? z + m.factors.3 * stride : ones
      let coefficient = S.Vector(repeating: m.coefficient)
      var i = 0
      while i < count {
        var product = VectorMemory.load(d, i) * VectorMemory.load(f0, i)
        if m.factorCount > 1 { product *= VectorMemory.load(f1, i) }
        if m.factorCount > 2 { product *= VectorMemory.load(f2, i) * VectorMemory.load(f3, i) }
        VectorMemory.store(
          VectorMemory.load(out, i).addingProduct(coefficient, product), out, i)
        i += S.laneCount
      }
    }
  }

  /// Adds channel `channel`'s contribution to the pre-activation cotangents: for its cotangent
  /// `ā`, `z̄_value += Σ c·σ^(k+1)·Π z_f·ā` and `z̄_f += Σ c·σ^(k)·Π_{others} z·ā`.
  ///
  /// Pre-activation cotangent channel `c` is at `cotangents + c·cotangentStride`.
  static func backpropagate<S: EngineScalar>(
    _ monomials: [FlatMonomial<S>], channel: Int, cotangent abar: UnsafeMutablePointer<S>,
    derivatives: UnsafeMutablePointer<S>, preactivations z: UnsafeMutablePointer<S>,
    stride: Int, ones: UnsafeMutablePointer<S>, count: Int,
    cotangents zbar: UnsafeMutablePointer<S>, cotangentStride: Int
  ) {
    if channel == 0 {
      var i = 0
      while i < count {
        VectorMemory.store(
          VectorMemory.load(zbar, i).addingProduct(
            VectorMemory.load(derivatives, i), VectorMemory.load(abar, i)), zbar, i)
        i += S.laneCount
      }
      return
    }
    for m in monomials {
      let dk = derivatives + (m.order - 1) * stride
      let dk1 = dk + stride
      let n = m.factorCount
      let f0 = z + m.factors.0 * stride
      let f1 = n > 1 ? z + m.factors.1 * stride : ones
      let f2 = n > 2 ? z + m.factors.2 * stride : ones
      let f3 = n > 3 ? z + m.factors.3 * stride : ones
      let g0 = zbar + m.factors.0 * cotangentStride
      let g1 = zbar + max(m.factors.1, 0) * cotangentStride
      let g2 = zbar + max(m.factors.2, 0) * cotangentStride
      let g3 = zbar + max(m.factors.3, 0) * cotangentStride
      let coefficient = S.Vector(repeating: m.coefficient)
      if n == 1 {
        // σ^(k)·z_f: the common case (first partials, directional, the Laplacian's σ'·lap z).
        var i = 0
        while i < count {
          let g = coefficient * VectorMemory.load(abar, i)
          VectorMemory.store(
            VectorMemory.load(zbar, i).addingProduct(
              g * VectorMemory.load(dk1, i), VectorMemory.load(f0, i)), zbar, i)
          VectorMemory.store(
            VectorMemory.load(g0, i).addingProduct(g, VectorMemory.load(dk, i)), g0, i)
          i += S.laneCount
        }
        continue
      }
      var i = 0
      while i < count {
        let g = coefficient * VectorMemory.load(abar, i)
        let z0 = VectorMemory.load(f0, i)
        let z1 = VectorMemory.load(f1, i)
        let z2 = VectorMemory.load(f2, i)
        let z3 = VectorMemory.load(f3, i)
        let z01 = z0 * z1
        let z23 = z2 * z3
        let gk = g * VectorMemory.load(dk, i)
        VectorMemory.store(
          VectorMemory.load(zbar, i).addingProduct(g * VectorMemory.load(dk1, i), z01 * z23),
          zbar, i)
        VectorMemory.store(VectorMemory.load(g0, i).addingProduct(gk, z1 * z23), g0, i)
        if n > 1 { VectorMemory.store(VectorMemory.load(g1, i).addingProduct(gk, z0 * z23), g1, i) }
        if n > 2 { VectorMemory.store(VectorMemory.load(g2, i).addingProduct(gk, z01 * z3), g2, i) }
        if n > 3 { VectorMemory.store(VectorMemory.load(g3, i).addingProduct(gk, z01 * z2), g3, i) }
        i += S.laneCount
      }
    }
  }
}
