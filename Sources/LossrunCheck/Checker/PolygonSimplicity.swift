/// Whether a polygon's edges meet only at shared vertices (a simple polygon), for the checker.
///
/// Edge k runs from vertex k to vertex k + 1, the last edge back to vertex 0. Lowering's
/// `Polygon` makes the same test again (the two targets cannot share code across the pipeline).
enum PolygonSimplicity {
  /// The first problem: two edges that cross or touch, a repeated vertex, or zero area.
  static func problem(_ vertices: [[Double]]) -> (message: String, edges: (Int, Int))? {
    let count = vertices.count
    for first in 0..<count {
      let a = vertices[first]
      let b = vertices[(first + 1) % count]
      if a == b {
        return ("vertices \(first + 1) and \((first + 1) % count + 1) coincide", (first, first))
      }
      let last = first == 0 ? count - 1 : count
      guard first + 2 < last else { continue }
      for second in (first + 2)..<last {
        let c = vertices[second]
        let d = vertices[(second + 1) % count]
        if intersect(a, b, c, d) {
          return ("edges \(first + 1) and \(second + 1) cross or touch", (first, second))
        }
      }
    }
    var twiceArea = 0.0
    for index in 0..<count {
      let (a, b) = (vertices[index], vertices[(index + 1) % count])
      twiceArea += a[0] * b[1] - b[0] * a[1]
    }
    return twiceArea == 0 ? ("it has zero area", (0, 0)) : nil
  }

  private static func cross(_ o: [Double], _ b: [Double], _ c: [Double]) -> Double {
    (b[0] - o[0]) * (c[1] - o[1]) - (b[1] - o[1]) * (c[0] - o[0])
  }

  private static func within(_ a: [Double], _ b: [Double], _ p: [Double]) -> Bool {
    p[0] >= min(a[0], b[0]) && p[0] <= max(a[0], b[0]) && p[1] >= min(a[1], b[1])
      && p[1] <= max(a[1], b[1])
  }

  private static func intersect(_ a: [Double], _ b: [Double], _ c: [Double], _ d: [Double])
    -> Bool
  {
    let (d1, d2, d3, d4) = (cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b))
    if d1 * d2 < 0, d3 * d4 < 0 { return true }
    return (d1 == 0 && within(a, b, c)) || (d2 == 0 && within(a, b, d))
      || (d3 == 0 && within(c, d, a)) || (d4 == 0 && within(c, d, b))
  }
}
