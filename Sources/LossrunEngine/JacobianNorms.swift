/// Per-point squared residual-Jacobian norms ‖∂r_i(x)/∂θ‖² of every term, and the scratch the
/// pass that computes them needs.
///
/// Made once by ``Plan/makeJacobianNorms(batch:)`` and filled by
/// ``Plan/computeJacobianNorms(_:)``, which then allocates nothing. Term `i` has one entry per
/// point among the first `min(batch, pointCount)` points of its set; the components of a
/// multi-component residual are separate Jacobian rows, so their norms are summed.
package final class JacobianNorms<S: EngineScalar> {
  /// The largest number of points per term the pass uses.
  package let batch: Int
  /// Per term: where its norms start in ``values``.
  let offsets: [Int]
  /// Per term: how many points it uses.
  package let counts: [Int]
  /// Every term's norms, term after term.
  let values: UnsafeMutablePointer<S>
  /// Per thread: the tiles it runs (every point's norm comes from one thread, so the result
  /// does not depend on the split).
  let assignments: [[Plan<S>.WorkItem]]
  /// Per thread: where the expression sweep writes the learnable scalars' summed gradients
  /// (read by nobody; the per-point scalar cotangents are taken from the node cotangents).
  let scalarGradients: [UnsafeMutablePointer<S>]
  /// Per thread: three tiles of per-point partial sums.
  let scratch: [UnsafeMutablePointer<S>]
  /// The plan this belongs to.
  let owner: ObjectIdentifier
  /// The job every worker runs (built once, so dispatching allocates nothing).
  var job: (Int) -> Void = { _ in }

  init(
    batch: Int, counts: [Int], assignments: [[Plan<S>.WorkItem]], parameterCount: Int,
    tile: Int, owner: ObjectIdentifier
  ) {
    self.batch = batch
    self.counts = counts
    var offsets: [Int] = []
    var total = 0
    for count in counts {
      offsets.append(total)
      total += count
    }
    self.offsets = offsets
    values = .allocate(capacity: max(total, 1))
    values.initialize(repeating: 0, count: max(total, 1))
    self.assignments = assignments
    scalarGradients = assignments.map { _ in
      let b = UnsafeMutablePointer<S>.allocate(capacity: max(parameterCount, 1))
      b.initialize(repeating: 0, count: max(parameterCount, 1))
      return b
    }
    scratch = assignments.map { _ in
      let b = UnsafeMutablePointer<S>.allocate(capacity: 3 * tile)
      b.initialize(repeating: 0, count: 3 * tile)
      return b
    }
    self.owner = owner
  }

  deinit {
    values.deallocate()
    for b in scalarGradients { b.deallocate() }
    for b in scratch { b.deallocate() }
  }

  /// The number of terms.
  package var termCount: Int { counts.count }

  /// The squared Jacobian norm of term `term` at each point it used, in point order.
  package func norms(of term: Int) -> UnsafeBufferPointer<S> {
    alwaysPrecondition(counts.indices.contains(term), "a term of another plan")
    return UnsafeBufferPointer(start: values + offsets[term], count: counts[term])
  }

  /// tr(K_i) = Σ_x ‖∂r_i(x)/∂θ‖² over the points term `term` used, summed in `Double` in point
  /// order.
  package func trace(of term: Int) -> Double {
    var sum = 0.0
    for value in norms(of: term) { sum += Double(value) }
    return sum
  }
}
