/// Decides by geometry how much of a sampler's region a predicate selects: the region is split
/// into pieces (the box for `interior`, the space box at the first time for `initial`, one piece
/// per face of the space box at every time for `boundary`), and each piece into cells on which
/// every comparison of the predicate keeps one truth value.
///
/// A comparison `g(x) op h(x)` that reads no free input of a piece is decided once for the
/// piece (so `x == 0` holds on the face `x == 0`). One that reads one free input splits that
/// axis where `g − h` changes sign (found exactly when it is affine, by bisection on a fine grid
/// otherwise). Where a comparison reads several free inputs (`x + y < 1`, a disk), the free axes
/// are also split uniformly and the fraction is an estimate (``Fraction/isExact`` is false).
/// The predicate is then evaluated at each cell's center: an `==` between inputs that vary on
/// the piece holds on no open cell, so a selection of measure zero, such as `x == 0.5` in the
/// interior or `t == 0` on the boundary, has fraction 0 without drawing a point.
package struct SelectionGeometry: Sendable {
  /// A part of a region: some inputs held at a value, the others free over their range.
  package struct Piece: Hashable, Sendable {
    /// The inputs held fixed on the piece, with their values.
    package var fixed: [Int: Double]
    /// How the piece reads in a message (`x == 1` for a face, `t == 0` for the initial slice).
    package var name: String
    /// The piece's measure (the product of its free inputs' lengths).
    package var measure: Double
  }

  /// The share of a piece a predicate selects.
  package struct Fraction: Hashable, Sendable {
    /// The selected share of the piece's measure, from 0 to 1.
    package var value: Double
    /// Whether `value` is exact (every comparison splits one axis) or an estimate.
    package var isExact: Bool
  }

  /// How many uniform cells each free axis gets when a comparison reads several free inputs.
  static let curvedSubdivisions = 24
  /// How many grid points a nonlinear one-input comparison is scanned at for sign changes.
  static let scanPoints = 256

  /// The spec's inputs.
  package let inputs: [CheckedInput]

  /// Creates the analysis for a spec's inputs.
  package init(inputs: [CheckedInput]) { self.inputs = inputs }

  /// The pieces of `region`: one for the interior and the initial slice, two per space input
  /// (its lower and upper face) for the boundary.
  package func pieces(of region: CheckedSampler.Region) -> [Piece] {
    switch region {
    case .interior:
      return [Piece(fixed: [:], name: "the interior", measure: measure(fixed: []))]
    case .initial:
      guard let time = inputs.firstIndex(where: \.isTime) else { return [] }
      let bound = inputs[time].lower
      return [
        Piece(
          fixed: [time: bound], name: "\(inputs[time].name) == \(Self.format(bound))",
          measure: measure(fixed: [time]))
      ]
    case .boundary:
      return inputs.indices.filter { !inputs[$0].isTime }.flatMap { axis in
        [inputs[axis].lower, inputs[axis].upper].map { bound in
          Piece(
            fixed: [axis: bound], name: "\(inputs[axis].name) == \(Self.format(bound))",
            measure: measure(fixed: [axis]))
        }
      }
    }
  }

  /// The share of `piece` where `predicate` holds (all of it for a nil predicate).
  package func fraction(of predicate: ResolvedPredicate?, on piece: Piece) -> Fraction {
    guard let predicate else { return Fraction(value: 1, isExact: true) }
    let free = inputs.indices.filter { piece.fixed[$0] == nil }
    var base = Array(repeating: 0.0, count: inputs.count)
    for (axis, value) in piece.fixed { base[axis] = value }
    for axis in free { base[axis] = (inputs[axis].lower + inputs[axis].upper) / 2 }
    var cuts: [Int: Set<Double>] = [:]
    var curved = false
    for comparison in Self.comparisons(of: predicate) {
      let difference = ResolvedExpression.binary(.subtract, comparison.0, comparison.1)
      let read = Set(Self.inputsRead(by: difference)).intersection(free)
      if read.count > 1 {
        curved = true
      } else if let axis = read.first {
        cuts[axis, default: []].formUnion(roots(of: difference, along: axis, at: base))
      }
    }
    var edges: [[Double]] = []
    for axis in free {
      let lower = inputs[axis].lower
      let upper = inputs[axis].upper
      var points = Set(cuts[axis] ?? []).filter { $0 > lower && $0 < upper }
      if curved {
        for step in 1..<Self.curvedSubdivisions {
          points.insert(lower + (upper - lower) * Double(step) / Double(Self.curvedSubdivisions))
        }
      }
      edges.append([lower] + points.sorted() + [upper])
    }
    return Fraction(
      value: selectedShare(predicate, free: free, edges: edges, base: base), isExact: !curved)
  }

  /// The share of `pieces` (weighted by measure) where `predicate` holds.
  package func fraction(of predicate: ResolvedPredicate?, on pieces: [Piece]) -> Fraction {
    let total = pieces.reduce(0) { $0 + $1.measure }
    guard total > 0 else { return Fraction(value: 0, isExact: true) }
    var value = 0.0
    var exact = true
    for piece in pieces {
      let share = fraction(of: predicate, on: piece)
      value += share.value * piece.measure / total
      exact = exact && share.isExact
    }
    return Fraction(value: value, isExact: exact)
  }

  /// The measure-weighted share of the cells (given by their edges per free axis) whose center
  /// satisfies the predicate.
  private func selectedShare(
    _ predicate: ResolvedPredicate, free: [Int], edges: [[Double]], base: [Double]
  ) -> Double {
    var point = base
    var counters = Array(repeating: 0, count: free.count)
    let total = free.indices.reduce(1.0) { $0 * (edges[$1].last! - edges[$1].first!) }
    var selected = 0.0
    while true {
      var volume = 1.0
      for (slot, axis) in free.enumerated() {
        let low = edges[slot][counters[slot]]
        let high = edges[slot][counters[slot] + 1]
        point[axis] = (low + high) / 2
        volume *= high - low
      }
      if predicate.holds(inputs: point) == true { selected += volume }
      var slot = 0
      while slot < counters.count {
        counters[slot] += 1
        if counters[slot] < edges[slot].count - 1 { break }
        counters[slot] = 0
        slot += 1
      }
      if slot == counters.count { break }
    }
    return total > 0 ? min(1, selected / total) : 0
  }

  /// Where `difference` (reading `axis` and fixed inputs only) changes sign along `axis`:
  /// exactly for an affine difference, by bisection between scan points otherwise.
  private func roots(of difference: ResolvedExpression, along axis: Int, at base: [Double])
    -> [Double]
  {
    let lower = inputs[axis].lower
    let upper = inputs[axis].upper
    var point = base
    func value(_ coordinate: Double) -> Double {
      point[axis] = coordinate
      return difference.value(inputs: point) ?? .nan
    }
    let scan = (0...Self.scanPoints).map {
      lower + (upper - lower) * Double($0) / Double(Self.scanPoints)
    }
    let values = scan.map(value)
    if let roots = affineRoots(scan: scan, values: values) { return roots }
    var found: [Double] = []
    for index in 1..<scan.count {
      var low = scan[index - 1]
      var high = scan[index]
      var lowValue = values[index - 1]
      guard lowValue.isFinite, values[index].isFinite, (lowValue < 0) != (values[index] < 0)
      else { continue }
      for _ in 0..<60 {
        let middle = (low + high) / 2
        let middleValue = value(middle)
        if (middleValue < 0) == (lowValue < 0) {
          low = middle
          lowValue = middleValue
        } else {
          high = middle
        }
      }
      found.append((low + high) / 2)
    }
    return found
  }

  /// The root of an affine scan (none when the scan is constant); nil when it is not affine.
  private func affineRoots(scan: [Double], values: [Double]) -> [Double]? {
    guard let first = values.first, let last = values.last, first.isFinite, last.isFinite
    else { return nil }
    let slope = (last - first) / (scan.last! - scan.first!)
    let scale = max(1, abs(first), abs(last))
    for (coordinate, value) in zip(scan, values) {
      let line = first + slope * (coordinate - scan.first!)
      guard abs(value - line) <= 1e-9 * scale else { return nil }
    }
    return slope == 0 ? [] : [scan.first! - first / slope]
  }

  /// The product of the lengths of the inputs not in `fixed`.
  private func measure(fixed: Set<Int>) -> Double {
    inputs.indices.filter { !fixed.contains($0) }.reduce(1.0) {
      $0 * (inputs[$1].upper - inputs[$1].lower)
    }
  }

  /// The comparisons in a predicate, as pairs of sides.
  static func comparisons(of predicate: ResolvedPredicate)
    -> [(ResolvedExpression, ResolvedExpression)]
  {
    switch predicate {
    case .comparison(_, let left, let right): [(left, right)]
    case .and(let left, let right), .or(let left, let right):
      comparisons(of: left) + comparisons(of: right)
    case .not(let operand): comparisons(of: operand)
    }
  }

  /// The inputs an expression reads.
  static func inputsRead(by expression: ResolvedExpression) -> [Int] {
    var found = Set<Int>()
    expression.forEachNode { if case .input(let index) = $0 { found.insert(index) } }
    return found.sorted()
  }

  /// A bound as a message shows it (`0`, `1`, `-0.5`, `6.283185307179586`).
  static func format(_ value: Double) -> String {
    value.wholeNumber.map(String.init) ?? String(value)
  }
}
