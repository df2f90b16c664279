extension Plan {
  /// Evaluates the set's expression nodes for one tile (each node is a column of `tile` values).
  func evaluateNodes(_ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, start: Int) {
    let l = set.layout
    let t = set.tile
    let values = ws + l.nodeValues
    let capacity = set.capacity
    let d = network.inputCount
    let o = network.outputCount
    for (n, node) in set.nodes.enumerated() {
      let out = values + n * t
      switch node {
      case .constant(let v): out.update(repeating: v, count: t)
      case .coordinate(let i): out.update(from: set.coordinates + i * capacity + start, count: t)
      case .vectorComponent(let f, let c):
        out.update(from: set.vectors + (f * d + c) * capacity + start, count: t)
      case .channel(let c, let output, let group):
        out.update(from: ws + l.outputs + (c * o + output) * set.rows + group * t, count: t)
      case .scalar(let s):
        out.update(repeating: parameters[layout.scalars.lowerBound + s], count: t)
      case .unary(let f, let a):
        let x = values + a * t
        for p in 0..<t { out[p] = ExpressionRules.apply(f, x[p]) }
      case .binary(let f, let a, let b):
        let x = values + a * t
        let y = values + b * t
        switch f {
        case .add: for p in 0..<t { out[p] = x[p] + y[p] }
        case .subtract: for p in 0..<t { out[p] = x[p] - y[p] }
        case .multiply: for p in 0..<t { out[p] = x[p] * y[p] }
        case .divide: for p in 0..<t { out[p] = x[p] / y[p] }
        case .minimum: for p in 0..<t { out[p] = Swift.min(x[p], y[p]) }
        case .maximum: for p in 0..<t { out[p] = Swift.max(x[p], y[p]) }
        case .arcTangent: for p in 0..<t { out[p] = S.atan2(x[p], y[p]) }
        }
      case .integerPower(let a, let e):
        let x = values + a * t
        for p in 0..<t { out[p] = ExpressionRules.power(x[p], e) }
      case .realPower(let a, let e):
        let x = values + a * t
        for p in 0..<t { out[p] = S.pow(x[p], e) }
      }
    }
  }

  /// Propagates node cotangents back to cotangent slot `slot`'s output-channel cotangents and
  /// to the learnable scalars' gradients.
  func reverseNodes(
    _ set: SetProgram<S>, ws: UnsafeMutablePointer<S>, gradient: UnsafeMutablePointer<S>,
    slot: Int
  ) {
    let l = set.layout
    let t = set.tile
    let values = ws + l.nodeValues
    let bars = ws + l.nodeCotangents
    let o = network.outputCount
    let needs = set.needsCotangent
    for n in stride(from: set.nodes.count - 1, through: 0, by: -1) where needs[n] {
      let bar = bars + n * t
      switch set.nodes[n] {
      case .constant, .coordinate, .vectorComponent: break
      case .channel(let c, let output, let group):
        let target =
          ws + l.outputCotangents + slot * l.outputCotangentSlotStride + (c * o + output)
          * set.rows + group * t
        for p in 0..<t { target[p] += bar[p] }
      case .scalar(let s):
        var sum = S.zero
        for p in 0..<t { sum += bar[p] }
        gradient[layout.scalars.lowerBound + s] += sum
      case .unary(let f, let a):
        let x = values + a * t
        let y = values + n * t
        let xbar = bars + a * t
        for p in 0..<t { xbar[p] += bar[p] * ExpressionRules.derivative(f, x[p], y[p]) }
      case .binary(let f, let a, let b):
        let x = values + a * t
        let y = values + b * t
        let xbar = bars + a * t
        let ybar = bars + b * t
        let (needsX, needsY) = (needs[a], needs[b])
        switch f {
        case .add:
          if needsX { for p in 0..<t { xbar[p] += bar[p] } }
          if needsY { for p in 0..<t { ybar[p] += bar[p] } }
        case .subtract:
          if needsX { for p in 0..<t { xbar[p] += bar[p] } }
          if needsY { for p in 0..<t { ybar[p] -= bar[p] } }
        case .multiply:
          if needsX { for p in 0..<t { xbar[p] += bar[p] * y[p] } }
          if needsY { for p in 0..<t { ybar[p] += bar[p] * x[p] } }
        case .divide:
          if needsX { for p in 0..<t { xbar[p] += bar[p] / y[p] } }
          if needsY { for p in 0..<t { ybar[p] -= bar[p] * x[p] / (y[p] * y[p]) } }
        case .minimum, .maximum:
          for p in 0..<t {
            let pickX = f == .minimum ? x[p] <= y[p] : x[p] >= y[p]
            if pickX { xbar[p] += bar[p] } else { ybar[p] += bar[p] }
          }
        case .arcTangent:
          // atan2(a, b): d/da = b / (a² + b²), d/db = -a / (a² + b²); 0 at the origin.
          for p in 0..<t {
            let radiusSquared = x[p] * x[p] + y[p] * y[p]
            guard radiusSquared > 0 else { continue }
            if needsX { xbar[p] += bar[p] * y[p] / radiusSquared }
            if needsY { ybar[p] -= bar[p] * x[p] / radiusSquared }
          }
        }
      case .integerPower(let a, let e):
        let x = values + a * t
        let xbar = bars + a * t
        for p in 0..<t { xbar[p] += bar[p] * S(e) * ExpressionRules.power(x[p], e &- 1) }
      case .realPower(let a, let e):
        let x = values + a * t
        let xbar = bars + a * t
        for p in 0..<t { xbar[p] += bar[p] * e * S.pow(x[p], e - 1) }
      }
    }
  }
}

/// Forward values and derivatives of the elementwise expression functions.
enum ExpressionRules {
  @inline(__always)
  static func apply<S: EngineScalar>(_ f: UnaryFunction, _ x: S) -> S {
    switch f {
    case .negate: return -x
    case .sin: return S.sin(x)
    case .cos: return S.cos(x)
    case .tan: return S.tan(x)
    case .exp: return S.exp(x)
    case .log: return S.log(x)
    case .sqrt: return x.squareRoot()
    case .abs: return Swift.abs(x)
    case .tanh: return S.tanh(x)
    case .sinh: return S.sinh(x)
    case .cosh: return S.cosh(x)
    }
  }

  /// d f(x)/dx given `x` and `y = f(x)`.
  @inline(__always)
  static func derivative<S: EngineScalar>(_ f: UnaryFunction, _ x: S, _ y: S) -> S {
    switch f {
    case .negate: return -1
    case .sin: return S.cos(x)
    case .cos: return -S.sin(x)
    case .tan: return 1 + y * y
    case .exp: return y
    case .log: return 1 / x
    case .sqrt: return 1 / (2 * y)
    case .abs: return x > 0 ? 1 : (x < 0 ? -1 : 0)
    case .tanh: return 1 - y * y
    case .sinh: return S.cosh(x)
    case .cosh: return S.sinh(x)
    }
  }

  /// `x^n` for any integer `n` by repeated squaring.
  @inline(__always)
  static func power<S: EngineScalar>(_ x: S, _ n: Int) -> S {
    if n == 0 { return 1 }
    var base = n < 0 ? 1 / x : x
    var e = n.magnitude
    var result: S = 1
    while e > 0 {
      if e & 1 == 1 { result *= base }
      base *= base
      e >>= 1
    }
    return result
  }
}
