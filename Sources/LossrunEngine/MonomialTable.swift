/// A monomial of ``ChannelRules`` in the form the elementwise kernels read: up to four factor
/// channels (unused ones are -1).
struct FlatMonomial<S: EngineScalar> {
  var coefficient: S
  var order: Int
  var factorCount: Int
  var factors: (Int, Int, Int, Int)

  init(_ monomial: Monomial) {
    coefficient = S(monomial.coefficient)
    order = monomial.order
    factorCount = monomial.factors.count
    let f = monomial.factors + [Int](repeating: -1, count: 4 - monomial.factors.count)
    factors = (f[0], f[1], f[2], f[3])
  }

  func factor(_ i: Int) -> Int {
    switch i {
    case 0: return factors.0
    case 1: return factors.1
    case 2: return factors.2
    default: return factors.3
    }
  }
}

/// Per channel, the flattened expansions after the first layer and after later layers.
struct MonomialTable<S: EngineScalar> {
  let firstLayer: [[FlatMonomial<S>]]
  let laterLayers: [[FlatMonomial<S>]]

  init(_ rules: ChannelRules) {
    firstLayer = rules.firstLayerMonomials.map { $0.map(FlatMonomial.init) }
    laterLayers = rules.monomials.map { $0.map(FlatMonomial.init) }
  }
}
