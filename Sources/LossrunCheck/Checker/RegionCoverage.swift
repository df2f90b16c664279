import LossrunSpec

/// Decides whether a predicate selects any point of a sampler's region, by trying a fine,
/// deterministic set of points of the region: a grid on each face of the space box (for the
/// boundary), on the space box at the initial time (initial), or on the whole box (interior).
/// Grids include each face's edges and corners, so `x == 0` and `x == 1 and y == 1` are found.
///
/// A coarse pass (3 points per axis: the corners and midpoints of every face) comes first, so a
/// predicate that selects a face is found after a few points; then a fine pass of about
/// `CheckLimits.coverageSamples` points per region. Points are tried one at a time in a reused
/// buffer, stopping at the first that satisfies the predicate.
struct RegionCoverage {
  let inputs: [CheckedInput]

  /// Whether some tried point satisfies `predicate`.
  func selectsSomething(_ predicate: ResolvedPredicate, in region: SamplerDeclaration.Region)
    -> Bool
  {
    firstPoint(of: region) { predicate.holds(inputs: $0) == true }
  }

  /// Calls `found` on the trial points of `region` until it returns true; whether it did.
  func firstPoint(of region: SamplerDeclaration.Region, where found: ([Double]) -> Bool) -> Bool {
    firstPoint(of: region, budget: CheckLimits.coverageSamples, coarse: true, where: found)
      || firstPoint(of: region, budget: CheckLimits.coverageSamples, coarse: false, where: found)
  }

  private func firstPoint(
    of region: SamplerDeclaration.Region, budget total: Int, coarse: Bool,
    where found: ([Double]) -> Bool
  ) -> Bool {
    let space = inputs.indices.filter { !inputs[$0].isTime }
    let time = inputs.indices.first { inputs[$0].isTime }
    switch region {
    case .interior:
      return grid(
        free: Array(inputs.indices), fixed: [:], budget: total, coarse: coarse, where: found)
    case .initial:
      guard let time else { return false }
      return grid(
        free: space, fixed: [time: inputs[time].lower], budget: total, coarse: coarse,
        where: found)
    case .boundary:
      let budget = max(16, total / max(1, 2 * space.count))
      for fixedInput in space {
        let free = inputs.indices.filter { $0 != fixedInput }
        for bound in [inputs[fixedInput].lower, inputs[fixedInput].upper]
        where grid(
          free: free, fixed: [fixedInput: bound], budget: budget, coarse: coarse, where: found)
        {
          return true
        }
      }
      return false
    }
  }

  /// Walks a tensor grid over the `free` inputs (with `fixed` ones held) of about `budget`
  /// points (3 per axis when `coarse`), until `found` returns true.
  private func grid(
    free: [Int], fixed: [Int: Double], budget: Int, coarse: Bool,
    where found: ([Double]) -> Bool
  ) -> Bool {
    var perAxis = 3
    if !coarse, !free.isEmpty {
      let root = ArithmeticOperator.power.apply(Double(budget), 1 / Double(free.count))
      perAxis = max(2, Int(root.rounded(.down)))
    }
    var point = Array(repeating: 0.0, count: inputs.count)
    for (index, value) in fixed { point[index] = value }
    var counters = Array(repeating: 0, count: free.count)
    while true {
      for (slot, axis) in free.enumerated() {
        let step = counters[slot]
        let lower = inputs[axis].lower
        let upper = inputs[axis].upper
        point[axis] =
          step == perAxis - 1
          ? upper : lower + (upper - lower) * Double(step) / Double(perAxis - 1)
      }
      if found(point) { return true }
      // Advance the odometer; stop after the last point.
      var slot = 0
      while slot < counters.count {
        counters[slot] += 1
        if counters[slot] < perAxis { break }
        counters[slot] = 0
        slot += 1
      }
      if slot == counters.count { return false }
    }
  }
}
