/// The axis counts of a grid of n points in d dimensions, and which grid cells are used.
///
/// Points are cell centres `(i + ½) / k` along an axis with k cells, so no grid point lies on the
/// boundary of the cube. For a count that is a perfect d-th power the grid is k^d. Otherwise the
/// axes take balanced counts k or k − 1 (k the smallest integer with k^d ≥ n), as many axes as
/// possible taking k − 1 while the product P stays ≥ n; when P = n (such as 12 = 3 × 4) the grid
/// is complete. When P > n, the n points are the cells with flat indices ⌊j·P/n⌋, j = 0…n−1:
/// evenly strided over the grid, no duplicates, at most P − n cells left out. The checker may
/// warn about such counts and suggest ``exactCounts(near:dimension:)``.
package struct GridLayout: Hashable, Sendable, Codable {
  /// The number of cells along each axis.
  package let axisCounts: [Int]
  /// The number of points drawn.
  package let count: Int

  /// The layout of `count` points in `dimension` dimensions.
  package init(count: Int, dimension: Int) throws(SamplingError) {
    guard dimension >= 1, count >= 0 else {
      throw SamplingError("a grid needs at least one dimension and a nonnegative count")
    }
    self.count = count
    guard count > 1 else {
      axisCounts = Array(repeating: 1, count: dimension)
      return
    }
    var side = 1
    while Self.power(side, dimension) < count { side += 1 }
    var counts = Array(repeating: side, count: dimension)
    for axis in 0..<dimension {
      counts[axis] = side - 1
      if Self.product(counts) < count {
        counts[axis] = side
        break
      }
    }
    axisCounts = counts
  }

  /// The number of grid cells (at least ``count``).
  package var cellCount: Int { Self.product(axisCounts) }

  /// The flat cell index of point j (last axis fastest).
  package func cellIndex(ofPoint j: Int) -> Int {
    let cells = cellCount
    return cells == count ? j : Int((UInt64(j) * UInt64(cells)) / UInt64(max(count, 1)))
  }

  /// Writes the `count` grid points row-major into `output`.
  package func fill(into output: UnsafeMutableBufferPointer<Double>) {
    let d = axisCounts.count
    for j in 0..<count {
      var flat = cellIndex(ofPoint: j)
      for axis in stride(from: d - 1, through: 0, by: -1) {
        let k = axisCounts[axis]
        output[j * d + axis] = (Double(flat % k) + 0.5) / Double(k)
        flat /= k
      }
    }
  }

  /// The nearest counts below and above `count` for which the grid is complete.
  package static func exactCounts(near count: Int, dimension: Int) -> (below: Int, above: Int) {
    var below = max(count, 1)
    while (try? GridLayout(count: below, dimension: dimension))?.cellCount != below { below -= 1 }
    var above = max(count, 1)
    while (try? GridLayout(count: above, dimension: dimension))?.cellCount != above { above += 1 }
    return (below, above)
  }

  private static func power(_ base: Int, _ exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent {
      let (next, overflow) = result.multipliedReportingOverflow(by: base)
      if overflow { return Int.max }
      result = next
    }
    return result
  }

  private static func product(_ counts: [Int]) -> Int {
    counts.reduce(1) { partial, k in
      let (next, overflow) = partial.multipliedReportingOverflow(by: k)
      return overflow ? Int.max : next
    }
  }
}
