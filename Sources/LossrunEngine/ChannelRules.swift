/// One product in a channel's Faà di Bruno expansion:
/// `coefficient · σ^(order)(z) · Π z^(factors)` with `factors` indices of z-level channels.
struct Monomial: Hashable {
  var coefficient: Int
  var order: Int
  var factors: [Int]
}

/// The derivative channels one point set computes, closed downward, and the elementwise rule
/// that maps pre-activation channels to post-activation channels through any activation.
struct ChannelRules {
  /// Channels in evaluation order; index 0 is the value channel.
  let keys: [ChannelKey]
  /// For each channel, its expansion (empty for the value channel) after layers 2, 3, ...
  let monomials: [[Monomial]]
  /// The same expansion after the first layer, where channels that vanish before the first
  /// activation (second and higher partials, Laplacians) are dropped.
  let firstLayerMonomials: [[Monomial]]
  /// The highest activation derivative a forward sweep needs.
  let highestOrder: Int

  /// The channels for `requested`, closed downward (a Laplacian needs the first partials over
  /// its inputs; a mixed partial needs every sub-multi-index; everything needs the value).
  init(requested: Set<ChannelKey>) {
    var closed: Set<ChannelKey> = [.value]
    for key in requested {
      closed.insert(key)
      switch key {
      case .value, .directional: break
      case .laplacian(let inputs):
        for i in inputs { closed.insert(.partial([i])) }
      case .partial(let indices):
        let n = indices.count
        for mask in 1..<(1 << n) {
          closed.insert(.partial((0..<n).filter { mask & (1 << $0) != 0 }.map { indices[$0] }))
        }
      }
    }
    keys = closed.sorted()
    var index: [ChannelKey: Int] = [:]
    for (i, key) in keys.enumerated() { index[key] = i }
    var rules: [[Monomial]] = []
    for key in keys {
      rules.append(ChannelRules.expansion(of: key, index: index))
    }
    monomials = rules
    let sortedKeys = keys
    let vanishing = Set(sortedKeys.indices.filter { sortedKeys[$0].vanishesBeforeFirstActivation })
    firstLayerMonomials = rules.map { list in
      list.filter { monomial in !monomial.factors.contains { vanishing.contains($0) } }
    }
    highestOrder = sortedKeys.map(\.order).max() ?? 0
  }

  /// The index of `key`, which must be one of ``keys``.
  func index(of key: ChannelKey) -> Int? { keys.firstIndex(of: key) }

  /// The closure of one channel (itself and everything its expansion reads, recursively).
  func closure(of channel: Int) -> Set<Int> {
    var result: Set<Int> = [0, channel]
    var stack = [channel]
    while let c = stack.popLast() {
      for monomial in monomials[c] {
        for f in monomial.factors where !result.contains(f) {
          result.insert(f)
          stack.append(f)
        }
      }
    }
    return result
  }

  private static func expansion(of key: ChannelKey, index: [ChannelKey: Int]) -> [Monomial] {
    switch key {
    case .value: return []
    case .directional:
      return [Monomial(coefficient: 1, order: 1, factors: [index[key]!])]
    case .laplacian(let inputs):
      var list = inputs.map { i in
        Monomial(coefficient: 1, order: 2, factors: [index[.partial([i])]!, index[.partial([i])]!])
      }
      list.append(Monomial(coefficient: 1, order: 1, factors: [index[key]!]))
      return list
    case .partial(let indices):
      var counts: [Monomial: Int] = [:]
      var order: [Monomial] = []
      for partition in setPartitions(indices.count) {
        let factors = partition.map { block in index[.partial(block.map { indices[$0] }.sorted())]!
        }
        .sorted()
        let monomial = Monomial(coefficient: 1, order: partition.count, factors: factors)
        if counts[monomial] == nil { order.append(monomial) }
        counts[monomial, default: 0] += 1
      }
      return order.map { m in
        Monomial(coefficient: counts[m]!, order: m.order, factors: m.factors)
      }
    }
  }

  /// All partitions of `0..<n` into non-empty blocks.
  private static func setPartitions(_ n: Int) -> [[[Int]]] {
    var result: [[[Int]]] = [[]]
    for element in 0..<n {
      var next: [[[Int]]] = []
      for partition in result {
        for b in partition.indices {
          var copy = partition
          copy[b].append(element)
          next.append(copy)
        }
        next.append(partition + [[element]])
      }
      result = next
    }
    return result
  }
}
