import LossrunSpec

/// Decides whether a predicate selects any point of a sampler's region, by trying a fine,
/// deterministic set of points of the region: a grid on each face of the space box (for the
/// boundary), on the space box at the initial time (initial), or on the whole box (interior).
/// Grids include each face's edges and corners, so `x == 0` and `x == 1 and y == 1` are found.
struct RegionCoverage {
  let inputs: [CheckedInput]

  /// Whether some tried point satisfies `predicate`.
  func selectsSomething(_ predicate: ResolvedPredicate, in region: SamplerDeclaration.Region)
    -> Bool
  {
    for point in points(of: region) where predicate.holds(inputs: point) == true {
      return true
    }
    return false
  }

  /// The trial points of a region.
  func points(of region: SamplerDeclaration.Region) -> [[Double]] {
    let space = inputs.indices.filter { !inputs[$0].isTime }
    let time = inputs.indices.first { inputs[$0].isTime }
    switch region {
    case .interior:
      return grid(free: Array(inputs.indices), fixed: [:], budget: CheckLimits.coverageSamples)
    case .initial:
      guard let time else { return [] }
      return grid(
        free: space, fixed: [time: inputs[time].lower], budget: CheckLimits.coverageSamples)
    case .boundary:
      let faces = 2 * space.count
      let budget = max(16, CheckLimits.coverageSamples / max(1, faces))
      var all: [[Double]] = []
      for fixedInput in space {
        let free = inputs.indices.filter { $0 != fixedInput }
        for bound in [inputs[fixedInput].lower, inputs[fixedInput].upper] {
          all += grid(free: free, fixed: [fixedInput: bound], budget: budget)
        }
      }
      return all
    }
  }

  /// A tensor grid over the `free` inputs (with `fixed` ones held), with about `budget` points.
  private func grid(free: [Int], fixed: [Int: Double], budget: Int) -> [[Double]] {
    var perAxis = 2
    if !free.isEmpty {
      let root = ArithmeticOperator.power.apply(Double(budget), 1 / Double(free.count))
      perAxis = max(2, Int(root.rounded(.down)))
    }
    var points: [[Double]] = [Array(repeating: 0, count: inputs.count)]
    for (index, value) in fixed { points[0][index] = value }
    for axis in free {
      let lower = inputs[axis].lower
      let upper = inputs[axis].upper
      var next: [[Double]] = []
      next.reserveCapacity(points.count * perAxis)
      for point in points {
        for step in 0..<perAxis {
          var copy = point
          let fraction = Double(step) / Double(perAxis - 1)
          copy[axis] = step == perAxis - 1 ? upper : lower + (upper - lower) * fraction
          next.append(copy)
        }
      }
      points = next
    }
    return points
  }
}
