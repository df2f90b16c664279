/// The two-loop recursion and the history of (s, y) pairs.
extension LBFGSOptimizer {
  /// Writes d = −H·g (from the stored pairs) into `work.direction`.
  mutating func computeDirection() {
    let n = work.gradient.count
    for i in 0..<n { work.direction[i] = -work.gradient[i] }
    let history = max(settings.historySize, 1)
    guard historyCount > 0 else { return }
    var slot = newest
    for _ in 0..<historyCount {
      let alpha = inverseCurvatures[slot] * dotPair(steps, slot, work.direction)
      work.alphas[slot] = alpha
      axpyPair(-alpha, gradientChanges, slot)
      slot = (slot - 1 + history) % history
    }
    let yy = dotPair(gradientChanges, newest, gradientChanges, newest)
    let gamma = yy > 0 ? 1 / (inverseCurvatures[newest] * yy) : 1
    let scale = Scalar(gamma)
    for i in 0..<n { work.direction[i] *= scale }
    slot = (newest - historyCount + 1 + history) % history
    for _ in 0..<historyCount {
      let beta = inverseCurvatures[slot] * dotPair(gradientChanges, slot, work.direction)
      axpyPair(work.alphas[slot] - beta, steps, slot)
      slot = (slot + 1) % history
    }
  }

  /// Stores s = step·d and y = g_new − g when yᵀs > 1e-10.
  mutating func remember(stepLength: Double) {
    let n = work.gradient.count
    var ys = 0.0
    for i in 0..<n {
      let s = Double(stepLength) * Double(work.direction[i])
      ys += s * (Double(work.trialGradient[i]) - Double(work.gradient[i]))
    }
    guard ys > 1e-10 else { return }
    let history = max(settings.historySize, 1)
    newest = (newest + 1) % history
    historyCount = min(historyCount + 1, history)
    let base = newest * n
    let alpha = Scalar(stepLength)
    for i in 0..<n {
      steps[base + i] = alpha * work.direction[i]
      gradientChanges[base + i] = work.trialGradient[i] - work.gradient[i]
    }
    inverseCurvatures[newest] = 1 / ys
  }

  /// Σ a_i b_i in double precision.
  func dot(_ a: [Scalar], _ b: [Scalar]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += Double(a[i]) * Double(b[i]) }
    return sum
  }

  /// max |a_i| in double precision (NaN when some entry is NaN).
  func maxAbs(_ a: [Scalar]) -> Double {
    var result = 0.0
    for value in a {
      let magnitude = abs(Double(value))
      if !(magnitude <= result) { result = magnitude }
    }
    return result
  }

  /// Σ |a_i| in double precision.
  func sumAbs(_ a: [Scalar]) -> Double {
    a.reduce(0) { $0 + abs(Double($1)) }
  }

  private func dotPair(_ store: [Scalar], _ slot: Int, _ vector: [Scalar]) -> Double {
    let base = slot * vector.count
    var sum = 0.0
    for i in vector.indices { sum += Double(store[base + i]) * Double(vector[i]) }
    return sum
  }

  private func dotPair(_ a: [Scalar], _ slotA: Int, _ b: [Scalar], _ slotB: Int) -> Double {
    let n = work.gradient.count
    var sum = 0.0
    for i in 0..<n { sum += Double(a[slotA * n + i]) * Double(b[slotB * n + i]) }
    return sum
  }

  private mutating func axpyPair(_ factor: Double, _ store: [Scalar], _ slot: Int) {
    let n = work.direction.count
    let scale = Scalar(factor)
    for i in 0..<n { work.direction[i] += scale * store[slot * n + i] }
  }
}
