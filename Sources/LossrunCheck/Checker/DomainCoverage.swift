import Foundation

/// Decides how much of a sampler's region of a declared domain its selection (`of:` and a
/// predicate) keeps, by trying points of the region placed the way sampling places them: the
/// domain's interior (points of its bounding box that the shape contains, at every time), its
/// initial slice (the same at the first time), or its boundary (each shape's boundary pieces,
/// restricted to those `of:` names, kept only where they lie on the combined boundary, at every
/// time).
///
/// Two sets of points are tried on each part of the region:
/// - *spread* points, an additive-recurrence sequence (Roberts' R_d) that lands on no special
///   line, so a predicate holding at one of them selects a part of positive measure;
/// - *lattice* points, a grid over the part that includes its ends, midpoints, quarters and
///   corners, so a predicate holding only there (`x == 0` on a circle, one corner) selects a
///   set of measure zero, which sampling cannot draw from.
///
/// A selection smaller than about 1/4096 of its region can be missed and reported as empty;
/// sampling gives up on selections below 1/1000 (`CheckLimits.minimumSelectedShare`) anyway.
struct DomainCoverage {
  /// What a selection keeps of its region.
  enum Selection: Equatable {
    /// A part of positive measure: a spread point was selected.
    case positiveMeasure
    /// Only special points (a lattice point, never a spread point).
    case measureZero
    /// No point tried.
    case nothing
  }

  /// The spec's inputs (space and time).
  let inputs: [CheckedInput]
  /// The domain's combined shape, over the space inputs.
  let shape: CheckedShape

  /// What `predicate` (everything when nil) keeps of `region`, restricted to the boundary of the
  /// shape named `boundaryOf` when given.
  func selection(
    _ predicate: ResolvedPredicate?, in region: CheckedSampler.Region, of boundaryOf: String?
  ) -> Selection {
    let selected: ([Double]) -> Bool = { predicate?.holds(inputs: $0) ?? true }
    if firstPoint(of: region, boundaryOf: boundaryOf, spread: true, where: selected) {
      return .positiveMeasure
    }
    if firstPoint(of: region, boundaryOf: boundaryOf, spread: false, where: selected) {
      return .measureZero
    }
    return .nothing
  }

  /// Calls `found` on the trial points of `region` (with all inputs) until it returns true;
  /// whether it did.
  private func firstPoint(
    of region: CheckedSampler.Region, boundaryOf: String?, spread: Bool,
    where found: ([Double]) -> Bool
  ) -> Bool {
    let space = inputs.indices.filter { !inputs[$0].isTime }
    let time = inputs.indices.first { inputs[$0].isTime }
    var point = Array(repeating: 0.0, count: inputs.count)
    /// Writes the space coordinates and the time placed by `unit`'s last coordinate (when the
    /// time varies), then asks `found`.
    func test(_ coordinates: [Double], timeUnit: Double?) -> Bool {
      for (slot, axis) in space.enumerated() { point[axis] = coordinates[slot] }
      if let time {
        let input = inputs[time]
        point[time] = timeUnit.map { input.lower + $0 * (input.upper - input.lower) } ?? input.lower
      }
      return found(point)
    }
    let timeVaries = time != nil && region != .initial
    let timeDimension = timeVaries ? 1 : 0
    switch region {
    case .interior, .initial:
      let (lower, upper) = shape.bounds
      return Self.units(
        dimension: space.count + timeDimension, count: CheckLimits.coverageSamples,
        spread: spread
      ) { unit in
        let coordinates = space.indices.map { lower[$0] + unit[$0] * (upper[$0] - lower[$0]) }
        guard shape.contains(coordinates) else { return false }
        return test(coordinates, timeUnit: timeVaries ? unit[space.count] : nil)
      }
    case .boundary:
      return boundaryPoints(of: boundaryOf, spread: spread) { _, coordinates, timeUnit in
        test(coordinates, timeUnit: timeUnit)
      }
    }
  }

  /// Calls `found` on the trial points of the combined boundary (the pieces labelled
  /// `boundaryOf`, or all), with each piece's labels, its space coordinates, and the unit time
  /// coordinate when the spec has a time input, until it returns true; whether it did.
  private func boundaryPoints(
    of boundaryOf: String?, spread: Bool,
    where found: (_ labels: [String], _ space: [Double], _ timeUnit: Double?) -> Bool
  ) -> Bool {
    let timeDimension = inputs.contains(where: \.isTime) ? 1 : 0
    let pieces = shape.boundaryPieces.enumerated().filter {
      boundaryOf.map($0.element.labels.contains) ?? true
    }
    let perPiece = max(256, 2 * CheckLimits.coverageSamples / max(1, pieces.count))
    for (piece, (labels, unitDimension)) in pieces {
      let hit = Self.units(
        dimension: unitDimension + timeDimension, count: perPiece, spread: spread
      ) { unit in
        guard
          let coordinates = shape.boundaryPoint(piece: piece, unit: Array(unit[0..<unitDimension]))
        else { return false }
        return found(labels, coordinates, timeDimension == 1 ? unit[unitDimension] : nil)
      }
      if hit { return true }
    }
    return false
  }

  /// Per shape whose boundary shows on the combined boundary (by the innermost name of each
  /// piece, in piece order), the share of its spread boundary points (at every time) where
  /// `covered` is false; `covered` gets a piece's labels and a point with all inputs. The share
  /// counts points, not length: an estimate, exact only for a selection that keeps or drops
  /// whole pieces of equal size.
  func uncoveredShares(where covered: (_ labels: [String], _ point: [Double]) -> Bool)
    -> [(shape: String, share: Double)]
  {
    let space = inputs.indices.filter { !inputs[$0].isTime }
    let time = inputs.indices.first { inputs[$0].isTime }
    var point = Array(repeating: 0.0, count: inputs.count)
    var counts: [(shape: String, total: Int, uncovered: Int)] = []
    _ = boundaryPoints(of: nil, spread: true) { labels, coordinates, timeUnit in
      for (slot, axis) in space.enumerated() { point[axis] = coordinates[slot] }
      if let time, let timeUnit {
        point[time] = inputs[time].lower + timeUnit * (inputs[time].upper - inputs[time].lower)
      }
      let name = labels.first ?? ""
      if counts.last?.shape != name { counts.append((name, 0, 0)) }
      counts[counts.count - 1].total += 1
      if !covered(labels, point) { counts[counts.count - 1].uncovered += 1 }
      return false
    }
    var merged: [(shape: String, total: Int, uncovered: Int)] = []
    for count in counts {
      if let index = merged.firstIndex(where: { $0.shape == count.shape }) {
        merged[index].total += count.total
        merged[index].uncovered += count.uncovered
      } else {
        merged.append(count)
      }
    }
    return merged.map { ($0.shape, Double($0.uncovered) / Double($0.total)) }
  }

  /// Calls `found` on about `count` points of the unit cube of `dimension` (one point, the
  /// empty one, in dimension 0) until it returns true; whether it did.
  private static func units(
    dimension: Int, count: Int, spread: Bool, where found: ([Double]) -> Bool
  ) -> Bool {
    guard dimension > 0 else { return found([]) }
    return spread
      ? spreadUnits(dimension: dimension, count: count, where: found)
      : latticeUnits(dimension: dimension, count: count, where: found)
  }

  /// The R_d sequence frac(½ + k·α): α_j = 1/g^(j+1) with g the root of g^(d+1) = g + 1.
  private static func spreadUnits(dimension: Int, count: Int, where found: ([Double]) -> Bool)
    -> Bool
  {
    var root = 2.0
    for _ in 0..<64 { root = pow(1 + root, 1 / Double(dimension + 1)) }
    let steps = (1...dimension).map { 1 / pow(root, Double($0)) }
    var unit = Array(repeating: 0.5, count: dimension)
    for _ in 0..<count {
      for axis in 0..<dimension {
        unit[axis] += steps[axis]
        unit[axis] -= unit[axis].rounded(.down)
      }
      if found(unit) { return true }
    }
    return false
  }

  /// A grid of 4m + 1 points per axis (at least 5), so that it holds both ends, the middle and
  /// the quarters (a circle's points on the axes).
  private static func latticeUnits(dimension: Int, count: Int, where found: ([Double]) -> Bool)
    -> Bool
  {
    let root = Int(pow(Double(count), 1 / Double(dimension)).rounded(.down))
    let perAxis = max(5, (root - 1) / 4 * 4 + 1)
    var counters = Array(repeating: 0, count: dimension)
    var unit = Array(repeating: 0.0, count: dimension)
    while true {
      for axis in 0..<dimension { unit[axis] = Double(counters[axis]) / Double(perAxis - 1) }
      if found(unit) { return true }
      var axis = 0
      while axis < dimension {
        counters[axis] += 1
        if counters[axis] < perAxis { break }
        counters[axis] = 0
        axis += 1
      }
      if axis == dimension { return false }
    }
  }
}
