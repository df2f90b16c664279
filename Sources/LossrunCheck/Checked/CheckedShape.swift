/// A checked shape of the domain: a primitive with valid numbers, or a CSG combination.
///
/// Coordinates are in the order of the spec's space inputs. Lowering turns it into a geometry;
/// the checker's lint probes it with ``contains(_:)``.
package indirect enum CheckedShape: Hashable, Sendable {
  /// An interval, rectangle or box.
  case box(lower: [Double], upper: [Double])
  /// A disk (2 coordinates) or ball (3).
  case ball(center: [Double], radius: Double)
  /// An axis-aligned ellipse.
  case ellipse(center: [Double], semiAxes: [Double])
  /// A ring between two concentric circles.
  case annulus(center: [Double], inner: Double, outer: Double)
  /// A simple polygon (a triangle has 3 vertices).
  case polygon(vertices: [[Double]])
  /// Points in either shape.
  case union(CheckedShape, CheckedShape)
  /// Points in the first shape but not the second.
  case difference(CheckedShape, CheckedShape)
  /// Points in both shapes.
  case intersection(CheckedShape, CheckedShape)
  /// A shape with the name the spec gave it.
  case named(String, CheckedShape)

  /// Whether `point` lies in the closed shape grown by `tolerance` (shrunk when negative), as
  /// lowering's geometries test it: a difference removes the second shape shrunk by the
  /// tolerance, so the hole's own boundary stays in the difference.
  package func contains(_ point: [Double], tolerance: Double = 0) -> Bool {
    switch self {
    case .box(let lower, let upper):
      return point.indices.allSatisfy {
        point[$0] >= lower[$0] - tolerance && point[$0] <= upper[$0] + tolerance
      }
    case .ball(let center, let radius):
      return Self.distance(point, center) <= radius + tolerance
    case .ellipse(let center, let axes):
      let x = (point[0] - center[0]) / axes[0]
      let y = (point[1] - center[1]) / axes[1]
      return (x * x + y * y).squareRoot() <= 1 + tolerance / axes.min()!
    case .annulus(let center, let inner, let outer):
      let distance = Self.distance(point, center)
      return distance >= inner - tolerance && distance <= outer + tolerance
    case .polygon(let vertices):
      return Self.polygon(vertices, contains: point, tolerance: tolerance)
    case .union(let first, let second):
      return first.contains(point, tolerance: tolerance)
        || second.contains(point, tolerance: tolerance)
    case .difference(let first, let second):
      return first.contains(point, tolerance: tolerance)
        && !second.contains(point, tolerance: -tolerance)
    case .intersection(let first, let second):
      return first.contains(point, tolerance: tolerance)
        && second.contains(point, tolerance: tolerance)
    case .named(_, let shape): return shape.contains(point, tolerance: tolerance)
    }
  }

  /// The Euclidean distance between two points.
  static func distance(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
  }

  /// Ray casting, then the distance to the nearest edge for a nonzero tolerance.
  private static func polygon(_ vertices: [[Double]], contains point: [Double], tolerance: Double)
    -> Bool
  {
    var inside = false
    var nearest = Double.infinity
    for index in vertices.indices {
      let a = vertices[index]
      let b = vertices[(index + 1) % vertices.count]
      if (a[1] > point[1]) != (b[1] > point[1]),
        point[0] < a[0] + (point[1] - a[1]) / (b[1] - a[1]) * (b[0] - a[0])
      {
        inside.toggle()
      }
      let edge = [b[0] - a[0], b[1] - a[1]]
      let squared = edge[0] * edge[0] + edge[1] * edge[1]
      let along = ((point[0] - a[0]) * edge[0] + (point[1] - a[1]) * edge[1]) / squared
      let u = min(max(along, 0), 1)
      nearest = min(nearest, distance(point, [a[0] + u * edge[0], a[1] + u * edge[1]]))
    }
    if tolerance >= 0 { return inside || nearest <= tolerance }
    return inside && nearest > -tolerance
  }

  /// The smallest axis-aligned box around the shape, as lower and upper corners.
  package var bounds: (lower: [Double], upper: [Double]) {
    switch self {
    case .box(let lower, let upper): return (lower, upper)
    case .ball(let center, let radius):
      return (center.map { $0 - radius }, center.map { $0 + radius })
    case .ellipse(let center, let axes):
      return (zip(center, axes).map { $0 - $1 }, zip(center, axes).map { $0 + $1 })
    case .annulus(let center, _, let outer):
      return (center.map { $0 - outer }, center.map { $0 + outer })
    case .polygon(let vertices):
      return (
        [vertices.map { $0[0] }.min()!, vertices.map { $0[1] }.min()!],
        [vertices.map { $0[0] }.max()!, vertices.map { $0[1] }.max()!]
      )
    case .union(let first, let second):
      let (a, b) = (first.bounds, second.bounds)
      return (zip(a.lower, b.lower).map { min($0, $1) }, zip(a.upper, b.upper).map { max($0, $1) })
    case .difference(let first, _): return first.bounds
    case .intersection(let first, let second):
      let (a, b) = (first.bounds, second.bounds)
      return (zip(a.lower, b.lower).map { max($0, $1) }, zip(a.upper, b.upper).map { min($0, $1) })
    case .named(_, let shape): return shape.bounds
    }
  }

  /// The names of the shapes it is made of, outermost first.
  package var names: [String] {
    switch self {
    case .box, .ball, .ellipse, .annulus, .polygon: []
    case .union(let a, let b), .difference(let a, let b), .intersection(let a, let b):
      a.names + b.names
    case .named(let name, let shape): [name] + shape.names
    }
  }
}
