/// Plane geometry of a polygon's edges: signed area, point–segment distance, and the search for
/// two edges that cross (a self-intersecting polygon).
enum PolygonEdges {
  /// The shoelace area, positive for counterclockwise vertices.
  static func signedArea(_ vertices: [[Double]]) -> Double {
    var twice = 0.0
    for index in vertices.indices {
      let a = vertices[index]
      let b = vertices[(index + 1) % vertices.count]
      twice += a[0] * b[1] - b[0] * a[1]
    }
    return twice / 2
  }

  /// The distance from `point` to the segment from `a` to `b`.
  static func distance(from point: (Double, Double), to a: [Double], _ b: [Double]) -> Double {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1])
    let squared = dx * dx + dy * dy
    var u = squared > 0 ? ((point.0 - a[0]) * dx + (point.1 - a[1]) * dy) / squared : 0
    u = min(max(u, 0), 1)
    let (x, y) = (a[0] + u * dx - point.0, a[1] + u * dy - point.1)
    return (x * x + y * y).squareRoot()
  }

  /// The first pair of edges (edge k from vertex k to k + 1) that intersect, other than
  /// neighbours meeting at their shared vertex; a zero-length edge meets its neighbours.
  static func firstIntersection(_ vertices: [[Double]]) -> (Int, Int)? {
    let count = vertices.count
    for first in 0..<count {
      let a = vertices[first]
      let b = vertices[(first + 1) % count]
      if a == b { return (first, (first + 1) % count) }
      for second in (first + 1)..<count {
        let c = vertices[second]
        let d = vertices[(second + 1) % count]
        let adjacent = second == first + 1 || (first == 0 && second == count - 1)
        if adjacent {
          // Neighbours share one vertex; they intersect further only when collinear and folding back.
          let shared = second == first + 1 ? b : a
          let other1 = second == first + 1 ? a : b
          let other2 = second == first + 1 ? d : c
          if cross(shared, other1, other2) == 0, dot(shared, other1, other2) > 0 {
            return (first, second)
          }
          continue
        }
        if segmentsIntersect(a, b, c, d) { return (first, second) }
      }
    }
    return nil
  }

  /// Whether the closed segments ab and cd share a point.
  static func segmentsIntersect(_ a: [Double], _ b: [Double], _ c: [Double], _ d: [Double])
    -> Bool
  {
    let d1 = cross(a, b, c)
    let d2 = cross(a, b, d)
    let d3 = cross(c, d, a)
    let d4 = cross(c, d, b)
    if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
      return true
    }
    return (d1 == 0 && onSegment(a, b, c)) || (d2 == 0 && onSegment(a, b, d))
      || (d3 == 0 && onSegment(c, d, a)) || (d4 == 0 && onSegment(c, d, b))
  }

  /// The z component of (b − o) × (c − o).
  private static func cross(_ o: [Double], _ b: [Double], _ c: [Double]) -> Double {
    (b[0] - o[0]) * (c[1] - o[1]) - (b[1] - o[1]) * (c[0] - o[0])
  }

  /// (b − o) · (c − o).
  private static func dot(_ o: [Double], _ b: [Double], _ c: [Double]) -> Double {
    (b[0] - o[0]) * (c[0] - o[0]) + (b[1] - o[1]) * (c[1] - o[1])
  }

  /// Whether p, collinear with ab, lies within the segment's bounding box.
  private static func onSegment(_ a: [Double], _ b: [Double], _ p: [Double]) -> Bool {
    p[0] >= min(a[0], b[0]) && p[0] <= max(a[0], b[0]) && p[1] >= min(a[1], b[1])
      && p[1] <= max(a[1], b[1])
  }
}
