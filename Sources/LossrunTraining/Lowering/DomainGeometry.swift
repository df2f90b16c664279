import LossrunCheck

/// Turns a checked domain shape into the geometry the samplers draw from.
enum DomainGeometry {
  /// The geometry of `shape`: primitives become their geometry types, combinations
  /// ``ConstructedShape``s, and named shapes ``LabeledShape``s (for `of:` selections).
  static func make(_ shape: CheckedShape) throws(SamplingError) -> any Geometry {
    switch shape {
    case .box(let lower, let upper): return try AxisBox(lower: lower, upper: upper)
    case .ball(let center, let radius): return try Ball(center: center, radius: radius)
    case .ellipse(let center, let semiAxes): return try Ellipse(center: center, semiAxes: semiAxes)
    case .annulus(let center, let inner, let outer):
      return try Annulus(center: center, inner: inner, outer: outer)
    case .polygon(let vertices): return try Polygon(vertices: vertices)
    case .union(let a, let b): return try ConstructedShape(.union, try make(a), try make(b))
    case .difference(let a, let b):
      return try ConstructedShape(.difference, try make(a), try make(b))
    case .intersection(let a, let b):
      return try ConstructedShape(.intersection, try make(a), try make(b))
    case .named(let name, let shape): return LabeledShape(name: name, shape: try make(shape))
    }
  }

  /// `space` swept over [start, end] with time at `timeIndex`, and its initial slice.
  static func sweep<Space: Geometry>(
    _ space: Space, start: Double, end: Double, timeIndex: Int
  ) throws(SamplingError) -> (domain: any Geometry, initialSlice: any Geometry) {
    let cylinder = try SpaceTimeCylinder(space: space, start: start, end: end, timeIndex: timeIndex)
    return (cylinder, cylinder.initialSlice)
  }
}
