/// The compiled form of an activation: evaluates σ(z), σ'(z), ..., σ^(K)(z) over a buffer.
///
/// tanh and sigmoid derivatives are polynomials in the activation's own value
/// (`P_{k+1} = P_k'·(1 - t²)` for tanh, `P_k'·(s - s²)` for sigmoid); softplus and silu reuse the
/// sigmoid polynomials; sin cycles; GELU uses Hermite polynomials times the normal density.
struct ActivationKernel<S: EngineScalar> {
  let activation: Activation
  /// The highest derivative order evaluated.
  let highestOrder: Int
  /// Polynomial coefficients (ascending) of σ^(k) in t (tanh) or s (sigmoid), k = 0...K+1.
  let polynomials: [[S]]

  init(activation: Activation, highestOrder: Int) {
    self.activation = activation
    self.highestOrder = highestOrder
    var polys: [[Double]] = [[0, 1]]
    let chain: [Double] = activation == .tanh ? [1, 0, -1] : [0, 1, -1]
    for _ in 0..<(highestOrder + 1) {
      let p = polys[polys.count - 1]
      var derivative = [Double](repeating: 0, count: max(p.count - 1, 1))
      for i in 1..<max(p.count, 1) where i < p.count { derivative[i - 1] = Double(i) * p[i] }
      var product = [Double](repeating: 0, count: derivative.count + chain.count - 1)
      for (i, a) in derivative.enumerated() {
        for (j, b) in chain.enumerated() { product[i + j] += a * b }
      }
      polys.append(product)
    }
    polynomials = polys.map { $0.map { S($0) } }
  }

  /// Evaluates polynomial `k` at `x` (Horner).
  @inline(__always)
  private func polynomial(_ k: Int, _ x: S.Vector) -> S.Vector {
    let coefficients = polynomials[k]
    var result = S.Vector(repeating: coefficients[coefficients.count - 1])
    var i = coefficients.count - 2
    while i >= 0 {
      result = S.Vector(repeating: coefficients[i]).addingProduct(result, x)
      i -= 1
    }
    return result
  }

  @inline(__always)
  private func polynomial(_ k: Int, _ x: S) -> S {
    let coefficients = polynomials[k]
    var result = coefficients[coefficients.count - 1]
    var i = coefficients.count - 2
    while i >= 0 {
      result = coefficients[i] + result * x
      i -= 1
    }
    return result
  }

  /// Writes σ(z) to `value` and σ^(k)(z) to `derivatives + (k-1)·stride` for
  /// k = 1...highestOrder, for `count` values (`count` a multiple of the lane count).
  func evaluate(
    _ z: UnsafePointer<S>, count: Int, value: UnsafeMutablePointer<S>,
    derivatives: UnsafeMutablePointer<S>, stride: Int
  ) {
    let out = derivatives - stride
    let lanes = S.laneCount
    switch activation {
    case .tanh:
      evaluateTanh(z, count: count, value: value, derivatives: derivatives, stride: stride)
    case .sigmoid, .silu:
      let one = S.Vector(repeating: 1)
      var i = 0
      while i < count {
        let x = VectorMemory.load(z, i)
        let base = one / (one + S.vectorExp(-x))
        if activation == .silu {
          VectorMemory.store(x * base, value, i)
          var previous = base
          for k in 1...max(highestOrder, 1) where k <= highestOrder {
            let current = polynomial(k, base)
            let value = (S.Vector(repeating: S(k)) * previous).addingProduct(x, current)
            VectorMemory.store(value, out, k * stride + i)
            previous = current
          }
        } else {
          VectorMemory.store(base, value, i)
          for k in 1...max(highestOrder, 1) where k <= highestOrder {
            VectorMemory.store(polynomial(k, base), out, k * stride + i)
          }
        }
        i += lanes
      }
    case .sin, .softplus, .gelu, .relu:
      for i in 0..<count {
        let values = scalarDerivativesFixed(z[i])
        value[i] = values[0]
        for k in 0...highestOrder where k > 0 { out[k * stride + i] = values[k] }
      }
    }
  }

  /// tanh and its derivatives up to order 5 as polynomials in t and q = t²:
  /// t^(1) = 1 - q, t^(2) = t(2q - 2), t^(3) = -2 + 8q - 6q², t^(4) = t(16 - 40q + 24q²),
  /// t^(5) = 16 - 136q + 240q² - 120q³.
  private func evaluateTanh(
    _ z: UnsafePointer<S>, count: Int, value: UnsafeMutablePointer<S>,
    derivatives d: UnsafeMutablePointer<S>, stride: Int
  ) {
    typealias V = S.Vector
    let one = V(repeating: 1)
    let two = V(repeating: 2)
    let order = highestOrder
    var i = 0
    while i < count {
      let x = VectorMemory.load(z, i)
      let e = S.vectorExp(x + x)
      let t = one - two / (e + one)
      let q = t * t
      VectorMemory.store(t, value, i)
      VectorMemory.store(one - q, d, i)
      if order >= 2 { VectorMemory.store(t * (q + q - two), d, stride + i) }
      if order >= 3 {
        let p = V(repeating: -2).addingProduct(
          q, V(repeating: 8).addingProduct(q, V(repeating: -6)))
        VectorMemory.store(p, d, 2 * stride + i)
      }
      if order >= 4 {
        let p = V(repeating: 16).addingProduct(
          q, V(repeating: -40).addingProduct(q, V(repeating: 24)))
        VectorMemory.store(t * p, d, 3 * stride + i)
      }
      if order >= 5 {
        var p = V(repeating: 240).addingProduct(q, V(repeating: -120))
        p = V(repeating: -136).addingProduct(q, p)
        p = V(repeating: 16).addingProduct(q, p)
        VectorMemory.store(p, d, 4 * stride + i)
      }
      i += S.laneCount
    }
  }

  /// σ^(k)(z) for k = 0...highestOrder as an array (allocates; for tests and diagnostics).
  func scalarDerivatives(_ z: S) -> [S] {
    let fixed = scalarDerivativesFixed(z)
    return (0...highestOrder).map { fixed[$0] }
  }

  /// σ^(k)(z) for k = 0...highestOrder (at most 5) in a fixed-size tuple-backed store.
  @inline(__always)
  func scalarDerivativesFixed(_ z: S) -> DerivativeValues<S> {
    var out = DerivativeValues<S>()
    switch activation {
    case .tanh, .sigmoid:
      let base = activation == .tanh ? S.tanh(z) : 1 / (1 + S.exp(-z))
      out[0] = base
      for k in 0...highestOrder where k > 0 { out[k] = polynomial(k, base) }
    case .silu:
      let s = 1 / (1 + S.exp(-z))
      out[0] = z * s
      for k in 0...highestOrder where k > 0 {
        out[k] = S(k) * polynomial(k - 1, s) + z * polynomial(k, s)
      }
    case .softplus:
      out[0] = max(z, 0) + S.log1p(S.exp(-abs(z)))
      let s = 1 / (1 + S.exp(-z))
      for k in 0...highestOrder where k > 0 { out[k] = polynomial(k - 1, s) }
    case .sin:
      let s = S.sin(z)
      let c = S.cos(z)
      for k in 0...highestOrder {
        switch k % 4 {
        case 0: out[k] = s
        case 1: out[k] = c
        case 2: out[k] = -s
        default: out[k] = -c
        }
      }
    case .relu:
      out[0] = max(z, 0)
      if highestOrder >= 1 { out[1] = z > 0 ? 1 : 0 }
    case .gelu:
      let density = S.exp(-z * z / 2) / S(2.506_628_274_631_000_5)
      let distribution = (1 + S.erf(z / S(1.414_213_562_373_095_1))) / 2
      // Φ^(j) = (-1)^(j-1) He_{j-1}(z) φ for j >= 1, with probabilists' Hermite He.
      var hermite = DerivativeValues<S>()
      hermite[0] = 1
      hermite[1] = z
      for n in 2..<6 { hermite[n] = z * hermite[n - 1] - S(n - 1) * hermite[n - 2] }
      func distributionDerivative(_ j: Int) -> S {
        if j == 0 { return distribution }
        let sign: S = (j - 1) % 2 == 0 ? 1 : -1
        return sign * hermite[j - 1] * density
      }
      out[0] = z * distribution
      for k in 0...highestOrder where k > 0 {
        out[k] = z * distributionDerivative(k) + S(k) * distributionDerivative(k - 1)
      }
    }
    return out
  }
}
