/// Probes a checked shape at a fixed lattice of its bounding box, for the domain lint.
///
/// A shape "has interior" when a probe point lies in it: 128² points in two dimensions, 32³ in
/// three, 4096 in one, at cell centres. A part thinner than a cell can be missed; the lint then
/// reports a shape as empty that sampling would find very hard to draw from anyway.
enum ShapeProbe {
  /// Whether some lattice point of the shape's bounding box lies in the shape.
  static func hasInterior(_ shape: CheckedShape) -> Bool {
    let (lower, upper) = shape.bounds
    guard zip(lower, upper).allSatisfy({ $0 < $1 }) else { return false }
    let dimension = lower.count
    let perAxis = dimension == 1 ? 4096 : dimension == 2 ? 128 : 32
    var index = Array(repeating: 0, count: dimension)
    var point = lower
    while true {
      for axis in 0..<dimension {
        point[axis] =
          lower[axis] + (Double(index[axis]) + 0.5) / Double(perAxis) * (upper[axis] - lower[axis])
      }
      if shape.contains(point) { return true }
      var axis = 0
      while axis < dimension {
        index[axis] += 1
        if index[axis] < perAxis { break }
        index[axis] = 0
        axis += 1
      }
      if axis == dimension { return false }
    }
  }
}
