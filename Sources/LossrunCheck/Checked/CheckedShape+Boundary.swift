import Foundation

extension CheckedShape {
  /// The boundary pieces as lowering's geometries place them, for the checker's probes: a
  /// box's faces (lower then upper, axis by axis), a disk's or ball's sphere, an ellipse, an
  /// annulus's outer then inner circle, a polygon's edges; a combination's pieces are its first
  /// shape's, then its second's.
  ///
  /// Each piece is listed with the names of the shapes it comes from (innermost first, as
  /// `of:` selects them) and how many unit coordinates place a point on it.
  package var boundaryPieces: [(labels: [String], unitDimension: Int)] {
    switch self {
    case .box(let lower, _):
      return Array(repeating: ([], lower.count - 1), count: 2 * lower.count)
    case .ball(let center, _): return [([], center.count - 1)]
    case .ellipse: return [([], 1)]
    case .annulus: return [([], 1), ([], 1)]
    case .polygon(let vertices): return Array(repeating: ([], 1), count: vertices.count)
    case .union(let a, let b), .difference(let a, let b), .intersection(let a, let b):
      return a.boundaryPieces + b.boundaryPieces
    case .named(let name, let shape):
      return shape.boundaryPieces.map { ($0.labels + [name], $0.unitDimension) }
    }
  }

  /// How many boundary pieces there are (``boundaryPieces``'s count, without building it).
  package var boundaryPieceCount: Int {
    switch self {
    case .box(let lower, _): 2 * lower.count
    case .ball, .ellipse: 1
    case .annulus: 2
    case .polygon(let vertices): vertices.count
    case .union(let a, let b), .difference(let a, let b), .intersection(let a, let b):
      a.boundaryPieceCount + b.boundaryPieceCount
    case .named(_, let shape): shape.boundaryPieceCount
    }
  }

  /// The point of boundary piece `piece` placed by `unit` (coordinates in [0, 1]), or nil when
  /// it does not lie on the boundary of the whole shape.
  ///
  /// A combination keeps a piece of its first shape where the second shape does not cover it
  /// (intersection: where it does), and a piece of its second shape where it lies outside the
  /// first (difference and intersection: inside it), with the tolerance lowering's
  /// `ConstructedShape` uses (1e-9 of the largest side of the bounding box): where the two
  /// boundaries coincide the first shape's piece is kept.
  package func boundaryPoint(piece: Int, unit: [Double]) -> [Double]? {
    switch self {
    case .box(let lower, let upper):
      let faceAxis = piece / 2
      var next = 0
      return lower.indices.map { axis in
        if axis == faceAxis { return piece % 2 == 1 ? upper[axis] : lower[axis] }
        defer { next += 1 }
        return lower[axis] + unit[next] * (upper[axis] - lower[axis])
      }
    case .ball(let center, let radius):
      return zip(center, Self.unitSphere(unit, dimension: center.count)).map { $0 + radius * $1 }
    case .ellipse(let center, let axes):
      let angle = 2 * Double.pi * unit[0]
      return [center[0] + axes[0] * cos(angle), center[1] + axes[1] * sin(angle)]
    case .annulus(let center, let inner, let outer):
      let radius = piece == 0 ? outer : inner
      let angle = 2 * Double.pi * unit[0]
      return [center[0] + radius * cos(angle), center[1] + radius * sin(angle)]
    case .polygon(let vertices):
      let a = vertices[piece]
      let b = vertices[(piece + 1) % vertices.count]
      return [a[0] + unit[0] * (b[0] - a[0]), a[1] + unit[0] * (b[1] - a[1])]
    case .union(let first, let second), .difference(let first, let second),
      .intersection(let first, let second):
      return combinedBoundaryPoint(first, second, piece: piece, unit: unit)
    case .named(_, let shape): return shape.boundaryPoint(piece: piece, unit: unit)
    }
  }

  /// A combination's boundary point: placed by the operand the piece comes from, kept by the
  /// other operand.
  private func combinedBoundaryPoint(
    _ first: CheckedShape, _ second: CheckedShape, piece: Int, unit: [Double]
  ) -> [Double]? {
    let firstCount = first.boundaryPieceCount
    let isFirst = piece < firstCount
    let placed =
      isFirst
      ? first.boundaryPoint(piece: piece, unit: unit)
      : second.boundaryPoint(piece: piece - firstCount, unit: unit)
    guard let point = placed else { return nil }
    let (lower, upper) = bounds
    let epsilon = 1e-9 * (zip(lower, upper).map { $1 - $0 }.max() ?? 1)
    let kept: Bool
    switch (self, isFirst) {
    case (.union, true), (.difference, true): kept = !second.contains(point, tolerance: -epsilon)
    case (.union, false): kept = !first.contains(point, tolerance: epsilon)
    case (.difference, false): kept = first.contains(point, tolerance: -epsilon)
    case (.intersection, true): kept = second.contains(point, tolerance: epsilon)
    default: kept = first.contains(point, tolerance: -epsilon)
    }
    return kept ? point : nil
  }

  /// A point of the unit circle (one unit coordinate) or sphere (two: height and angle).
  private static func unitSphere(_ unit: [Double], dimension: Int) -> [Double] {
    let angle = 2 * Double.pi * unit[dimension == 2 ? 0 : 1]
    guard dimension == 3 else { return [cos(angle), sin(angle)] }
    let height = 2 * unit[0] - 1
    let ring = max(0, 1 - height * height).squareRoot()
    return [ring * cos(angle), ring * sin(angle), height]
  }
}
