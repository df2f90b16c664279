/// The sixteen lane-wise accumulators of a 4×4 block of a weight gradient.
///
/// ``accumulate(_:_:_:_:_:_:_:_:points:)`` is kept out of line: inlined into the loop over
/// channels and blocks, the register allocator rotated the accumulators through ~25 register
/// moves and a stack spill per iteration of the point loop (perf annotate), which held the
/// weight-gradient product to about 65% of the multiply kernel's speed.
struct OuterBlock<S: EngineScalar> {
  var c00 = S.Vector()
  var c01 = S.Vector()
  var c02 = S.Vector()
  var c03 = S.Vector()
  var c10 = S.Vector()
  var c11 = S.Vector()
  var c12 = S.Vector()
  var c13 = S.Vector()
  var c20 = S.Vector()
  var c21 = S.Vector()
  var c22 = S.Vector()
  var c23 = S.Vector()
  var c30 = S.Vector()
  var c31 = S.Vector()
  var c32 = S.Vector()
  var c33 = S.Vector()

  /// Adds `Σ_points x_r · y_c` for the four cotangent rows `x` and the four input rows `y`.
  @inline(never)
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  mutating func accumulate(
    _ x0: UnsafePointer<S>, _ x1: UnsafePointer<S>, _ x2: UnsafePointer<S>,
    _ x3: UnsafePointer<S>, _ y0: UnsafePointer<S>, _ y1: UnsafePointer<S>,
    _ y2: UnsafePointer<S>, _ y3: UnsafePointer<S>, points t: Int
  ) {
    var (c00, c01, c02, c03) = (self.c00, self.c01, self.c02, self.c03)
    var (c10, c11, c12, c13) = (self.c10, self.c11, self.c12, self.c13)
    var (c20, c21, c22, c23) = (self.c20, self.c21, self.c22, self.c23)
    var (c30, c31, c32, c33) = (self.c30, self.c31, self.c32, self.c33)
    var v = 0
    while v < t {
      let g0 = VectorMemory.load(x0, v)
      let g1 = VectorMemory.load(x1, v)
      let g2 = VectorMemory.load(x2, v)
      let g3 = VectorMemory.load(x3, v)
      let a0 = VectorMemory.load(y0, v)
      let a1 = VectorMemory.load(y1, v)
      let a2 = VectorMemory.load(y2, v)
      let a3 = VectorMemory.load(y3, v)
      c00 = c00.addingProduct(g0, a0)
      c01 = c01.addingProduct(g0, a1)
      c02 = c02.addingProduct(g0, a2)
      c03 = c03.addingProduct(g0, a3)
      c10 = c10.addingProduct(g1, a0)
      c11 = c11.addingProduct(g1, a1)
      c12 = c12.addingProduct(g1, a2)
      c13 = c13.addingProduct(g1, a3)
      c20 = c20.addingProduct(g2, a0)
      c21 = c21.addingProduct(g2, a1)
      c22 = c22.addingProduct(g2, a2)
      c23 = c23.addingProduct(g2, a3)
      c30 = c30.addingProduct(g3, a0)
      c31 = c31.addingProduct(g3, a1)
      c32 = c32.addingProduct(g3, a2)
      c33 = c33.addingProduct(g3, a3)
      v += S.laneCount
    }
    (self.c00, self.c01, self.c02, self.c03) = (c00, c01, c02, c03)
    (self.c10, self.c11, self.c12, self.c13) = (c10, c11, c12, c13)
    (self.c20, self.c21, self.c22, self.c23) = (c20, c21, c22, c23)
    (self.c30, self.c31, self.c32, self.c33) = (c30, c31, c32, c33)
  }
}
