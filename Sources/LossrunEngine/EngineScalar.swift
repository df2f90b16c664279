import Foundation

/// A floating-point type the engine can compute in: `Float` or `Double`.
///
/// Each scalar names the SIMD vector the kernels use (points run along its lanes) and supplies
/// the elementary functions the engine needs, both per scalar and per vector.
public protocol EngineScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable
where RawSignificand: FixedWidthInteger {
  /// The SIMD vector the kernels use: `SIMD16<Float>` or `SIMD8<Double>`.
  associatedtype Vector: SIMD & Sendable where Vector.Scalar == Self

  /// Elementwise exponential of a vector (a polynomial kernel, accurate to a few ulps).
  static func vectorExp(_ x: Vector) -> Vector

  /// The sum of a vector's lanes, added pairwise in a fixed order.
  static func horizontalSum(_ v: Vector) -> Self

  /// The lane sums of four vectors, `[Σa, Σb, Σc, Σd]`, by pairwise shuffles in a fixed order.
  static func horizontalSums(_ a: Vector, _ b: Vector, _ c: Vector, _ d: Vector) -> SIMD4<Self>

  /// Lanewise maximum.
  static func vectorMaximum(_ a: Vector, _ b: Vector) -> Vector
  /// Lanewise minimum.
  static func vectorMinimum(_ a: Vector, _ b: Vector) -> Vector

  /// Exponential.
  static func exp(_ x: Self) -> Self
  /// Natural logarithm.
  static func log(_ x: Self) -> Self
  /// `log(1 + x)`, accurate for small `x`.
  static func log1p(_ x: Self) -> Self
  /// Sine.
  static func sin(_ x: Self) -> Self
  /// Cosine.
  static func cos(_ x: Self) -> Self
  /// Tangent.
  static func tan(_ x: Self) -> Self
  /// Hyperbolic tangent.
  static func tanh(_ x: Self) -> Self
  /// Hyperbolic sine.
  static func sinh(_ x: Self) -> Self
  /// Hyperbolic cosine.
  static func cosh(_ x: Self) -> Self
  /// Error function.
  static func erf(_ x: Self) -> Self
  /// `x` raised to the real power `y`.
  static func pow(_ x: Self, _ y: Self) -> Self
  /// The angle of the point (`x`, `y`) in (-π, π], as C's `atan2(y, x)`.
  static func atan2(_ y: Self, _ x: Self) -> Self
}

extension EngineScalar {
  /// The number of lanes in ``Vector``.
  @inline(__always) static var laneCount: Int { Vector.scalarCount }
}

extension Float: EngineScalar {
  /// The SIMD vector the kernels use for this scalar.
  public typealias Vector = SIMD16<Float>

  /// Elementwise exponential (range reduction by ln 2, degree-7 polynomial, exponent by bits).
  @inline(__always)
  public static func vectorExp(_ x: Vector) -> Vector {
    let clamped = vectorMinimum(
      vectorMaximum(x, Vector(repeating: -87.0)), Vector(repeating: 88.0))
    let n = (clamped * Vector(repeating: 1.442_695_040_888_963_4)).rounded(.toNearestOrEven)
    var r = clamped.addingProduct(n, Vector(repeating: -0.693_145_751_953_125))
    r = r.addingProduct(n, Vector(repeating: -1.428_606_765_330_187_0e-06))
    var p = Vector(repeating: 1.0 / 5040.0)
    p = Vector(repeating: 1.0 / 720.0).addingProduct(p, r)
    p = Vector(repeating: 1.0 / 120.0).addingProduct(p, r)
    p = Vector(repeating: 1.0 / 24.0).addingProduct(p, r)
    p = Vector(repeating: 1.0 / 6.0).addingProduct(p, r)
    p = Vector(repeating: 0.5).addingProduct(p, r)
    p = Vector(repeating: 1.0).addingProduct(p, r)
    p = Vector(repeating: 1.0).addingProduct(p, r)
    // n is integral and small: adding 1.5·2²³ puts it in the low mantissa bits.
    let shifted = unsafeBitCast(n + Vector(repeating: 12_582_912.0), to: SIMD16<Int32>.self)
    let bits = (shifted &- 0x4B40_0000 &+ 127) &<< 23
    return p * unsafeBitCast(bits, to: Vector.self)
  }

  /// The `horizontalSum` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func horizontalSum(_ v: Vector) -> Float {
    let v8 = v.lowHalf + v.highHalf
    let v4 = v8.lowHalf + v8.highHalf
    let v2 = v4.lowHalf + v4.highHalf
    return v2.x + v2.y
  }

  /// The `horizontalSums` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func horizontalSums(
    _ a: Vector, _ b: Vector, _ c: Vector, _ d: Vector
  ) -> SIMD4<Float> {
    let ab = SIMD16(lowHalf: a.lowHalf + a.highHalf, highHalf: b.lowHalf + b.highHalf)
    let cd = SIMD16(lowHalf: c.lowHalf + c.highHalf, highHalf: d.lowHalf + d.highHalf)
    let ab4 = ab.evenHalf + ab.oddHalf
    let cd4 = cd.evenHalf + cd.oddHalf
    let abcd = SIMD16(lowHalf: ab4, highHalf: cd4)
    let pairs = abcd.evenHalf + abcd.oddHalf
    return pairs.evenHalf + pairs.oddHalf
  }

  /// The `vectorMaximum` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func vectorMaximum(_ a: Vector, _ b: Vector) -> Vector {
    a.replacing(with: b, where: a .< b)
  }

  /// The `vectorMinimum` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func vectorMinimum(_ a: Vector, _ b: Vector) -> Vector {
    a.replacing(with: b, where: b .< a)
  }

  /// The `exp` requirement of ``EngineScalar`` for this scalar type.
  public static func exp(_ x: Float) -> Float { Foundation.exp(x) }
  /// The `log` requirement of ``EngineScalar`` for this scalar type.
  public static func log(_ x: Float) -> Float { Foundation.log(x) }
  /// The `log1p` requirement of ``EngineScalar`` for this scalar type.
  public static func log1p(_ x: Float) -> Float { Foundation.log1p(x) }
  /// The `sin` requirement of ``EngineScalar`` for this scalar type.
  public static func sin(_ x: Float) -> Float { Foundation.sin(x) }
  /// The `cos` requirement of ``EngineScalar`` for this scalar type.
  public static func cos(_ x: Float) -> Float { Foundation.cos(x) }
  /// The `tan` requirement of ``EngineScalar`` for this scalar type.
  public static func tan(_ x: Float) -> Float { Foundation.tan(x) }
  /// The `tanh` requirement of ``EngineScalar`` for this scalar type.
  public static func tanh(_ x: Float) -> Float { Foundation.tanh(x) }
  /// The `sinh` requirement of ``EngineScalar`` for this scalar type.
  public static func sinh(_ x: Float) -> Float { Foundation.sinh(x) }
  /// The `cosh` requirement of ``EngineScalar`` for this scalar type.
  public static func cosh(_ x: Float) -> Float { Foundation.cosh(x) }
  /// The `erf` requirement of ``EngineScalar`` for this scalar type.
  public static func erf(_ x: Float) -> Float { Foundation.erf(x) }
  /// The `pow` requirement of ``EngineScalar`` for this scalar type.
  public static func pow(_ x: Float, _ y: Float) -> Float { Foundation.pow(x, y) }
  /// The `atan2` requirement of ``EngineScalar`` for this scalar type.
  public static func atan2(_ y: Float, _ x: Float) -> Float { Foundation.atan2(y, x) }
}

extension Double: EngineScalar {
  /// The SIMD vector the kernels use for this scalar.
  public typealias Vector = SIMD8<Double>

  /// Elementwise exponential (range reduction by ln 2, degree-13 polynomial, exponent by bits).
  @inline(__always)
  public static func vectorExp(_ x: Vector) -> Vector {
    let clamped = vectorMinimum(
      vectorMaximum(x, Vector(repeating: -708.0)), Vector(repeating: 709.0))
    let n = (clamped * Vector(repeating: 1.442_695_040_888_963_4)).rounded(.toNearestOrEven)
    var r = clamped.addingProduct(n, Vector(repeating: -6.931_471_803_691_238_164_9e-01))
    r = r.addingProduct(n, Vector(repeating: -1.908_214_929_270_587_700_0e-10))
    var p = Vector(repeating: 1.0 / 6_227_020_800.0)
    p = Vector(repeating: 2.08767569878681e-09).addingProduct(p, r)
    p = Vector(repeating: 2.505210838544172e-08).addingProduct(p, r)
    p = Vector(repeating: 2.755731922398589e-07).addingProduct(p, r)
    p = Vector(repeating: 2.7557319223985893e-06).addingProduct(p, r)
    p = Vector(repeating: 2.48015873015873e-05).addingProduct(p, r)
    p = Vector(repeating: 0.0001984126984126984).addingProduct(p, r)
    p = Vector(repeating: 0.001388888888888889).addingProduct(p, r)
    p = Vector(repeating: 0.008333333333333333).addingProduct(p, r)
    p = Vector(repeating: 0.041666666666666664).addingProduct(p, r)
    p = Vector(repeating: 0.16666666666666666).addingProduct(p, r)
    p = Vector(repeating: 0.5).addingProduct(p, r)
    p = Vector(repeating: 1.0).addingProduct(p, r)
    p = Vector(repeating: 1.0).addingProduct(p, r)
    // n is integral and small: adding 1.5·2⁵² puts it in the low mantissa bits.
    let shifted = unsafeBitCast(
      n + Vector(repeating: 6_755_399_441_055_744.0), to: SIMD8<Int64>.self)
    let bits = (shifted &- 0x4338_0000_0000_0000 &+ 1023) &<< 52
    return p * unsafeBitCast(bits, to: Vector.self)
  }

  /// The `horizontalSum` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func horizontalSum(_ v: Vector) -> Double {
    let v4 = v.lowHalf + v.highHalf
    let v2 = v4.lowHalf + v4.highHalf
    return v2.x + v2.y
  }

  /// The `horizontalSums` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func horizontalSums(
    _ a: Vector, _ b: Vector, _ c: Vector, _ d: Vector
  ) -> SIMD4<Double> {
    let ab = SIMD8(lowHalf: a.lowHalf + a.highHalf, highHalf: b.lowHalf + b.highHalf)
    let cd = SIMD8(lowHalf: c.lowHalf + c.highHalf, highHalf: d.lowHalf + d.highHalf)
    let abcd = SIMD8(lowHalf: ab.evenHalf + ab.oddHalf, highHalf: cd.evenHalf + cd.oddHalf)
    return abcd.evenHalf + abcd.oddHalf
  }

  /// The `vectorMaximum` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func vectorMaximum(_ a: Vector, _ b: Vector) -> Vector {
    a.replacing(with: b, where: a .< b)
  }

  /// The `vectorMinimum` requirement of ``EngineScalar`` for this scalar type.
  @inline(__always)
  public static func vectorMinimum(_ a: Vector, _ b: Vector) -> Vector {
    a.replacing(with: b, where: b .< a)
  }

  /// The `exp` requirement of ``EngineScalar`` for this scalar type.
  public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  /// The `log` requirement of ``EngineScalar`` for this scalar type.
  public static func log(_ x: Double) -> Double { Foundation.log(x) }
  /// The `log1p` requirement of ``EngineScalar`` for this scalar type.
  public static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
  /// The `sin` requirement of ``EngineScalar`` for this scalar type.
  public static func sin(_ x: Double) -> Double { Foundation.sin(x) }
  /// The `cos` requirement of ``EngineScalar`` for this scalar type.
  public static func cos(_ x: Double) -> Double { Foundation.cos(x) }
  /// The `tan` requirement of ``EngineScalar`` for this scalar type.
  public static func tan(_ x: Double) -> Double { Foundation.tan(x) }
  /// The `tanh` requirement of ``EngineScalar`` for this scalar type.
  public static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
  /// The `sinh` requirement of ``EngineScalar`` for this scalar type.
  public static func sinh(_ x: Double) -> Double { Foundation.sinh(x) }
  /// The `cosh` requirement of ``EngineScalar`` for this scalar type.
  public static func cosh(_ x: Double) -> Double { Foundation.cosh(x) }
  /// The `erf` requirement of ``EngineScalar`` for this scalar type.
  public static func erf(_ x: Double) -> Double { Foundation.erf(x) }
  /// The `pow` requirement of ``EngineScalar`` for this scalar type.
  public static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
  /// The `atan2` requirement of ``EngineScalar`` for this scalar type.
  public static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
}
