import LossrunCheck

/// A per-point weighting rule: weights within its terms, one per point, which the engine
/// multiplies into each point's squared residual (``LossrunEngine/PlanOptions/pointWeightedTerms``).
///
/// The rule is configuration; what changes is a ``PointWeightingState``. Before a pass the loop
/// writes ``pointWeights(term:state:orders:into:)`` into the plan; after it,
/// ``update(step:pointLosses:termWeights:state:orders:)`` reads each point's loss from the
/// residuals the pass recorded.
struct PointWeighting: Sendable {
  /// The rule and its settings.
  enum Rule: Sendable {
    case causal(CausalWeighting)
    case rba(ResidualAttention)
    case selfAdaptive(SelfAdaptiveWeights)
  }

  let rule: Rule
  /// The weighted terms' indices, ascending.
  let terms: [Int]
  /// Their names (for the metrics columns).
  let termNames: [String]
  /// The index of the time input (causal weighting).
  let timeInput: Int

  /// The rule `rule` on the terms `terms` (named `termNames`), reading input `timeInput` as
  /// time.
  init(rule: Rule, terms: [Int], termNames: [String], timeInput: Int = 0) {
    self.rule = rule
    self.terms = terms
    self.termNames = termNames
    self.timeInput = timeInput
  }

  /// The checked rule `checked`; `allNames` are every term's names.
  init(_ checked: CheckedPointWeighting, termNames allNames: [String]) {
    terms = checked.terms
    termNames = checked.terms.map { allNames[$0] }
    switch checked {
    case .causal(let causal):
      rule = .causal(
        CausalWeighting(
          chunks: causal.chunks, epsilon: causal.epsilon, epsilonMaximum: causal.epsilonMaximum,
          growth: causal.growth, tolerance: causal.tolerance))
      timeInput = causal.timeInput
    case .rba(let rba):
      rule = .rba(ResidualAttention(gamma: rba.gamma, eta: rba.eta, initial: rba.initial))
      timeInput = 0
    case .selfAdaptive(let sa):
      rule = .selfAdaptive(
        SelfAdaptiveWeights(
          mask: sa.mask == .square ? .square : .sigmoid, learningRate: sa.learningRate,
          initial: sa.initial))
      timeInput = 0
    }
  }

  /// Whether the rule reads the points' times (and the loop keeps their time order).
  var readsTimes: Bool {
    if case .causal = rule { return true }
    return false
  }

  /// The state before the first step, for terms with `pointCounts` points.
  func makeInitialState(pointCounts: [Int]) -> PointWeightingState {
    switch rule {
    case .causal(let causal):
      return PointWeightingState(
        values: pointCounts.map { _ in [] }, epsilon: causal.epsilon, optimizers: [],
        updatedAtStep: nil)
    case .rba(let rba):
      return PointWeightingState(
        values: pointCounts.map { [Double](repeating: rba.initial, count: $0) }, epsilon: 0,
        optimizers: [], updatedAtStep: nil)
    case .selfAdaptive(let sa):
      return PointWeightingState(
        values: pointCounts.map { [Double](repeating: sa.initial, count: $0) }, epsilon: 0,
        optimizers: pointCounts.map { ScalarAdam(count: $0, learningRate: sa.learningRate) },
        updatedAtStep: nil)
    }
  }

  /// Whether the weights of the first pass need residuals first (a forward-only sweep): causal
  /// weighting (no chunk losses yet) and RBA (the paper updates λ before it weights a step).
  func needsResidualsFirst(_ state: PointWeightingState) -> Bool {
    guard state.updatedAtStep == nil else { return false }
    if case .selfAdaptive = rule { return false }
    return true
  }

  /// The per-point weights of weighted term number `term` (a position in ``terms``) in
  /// `state`, into `output` (one per point); `orders` are the terms' time orders (causal).
  func pointWeights(
    term: Int, state: PointWeightingState, orders: [[Int]], into output: inout [Double]
  ) {
    let values = state.values[term]
    switch rule {
    case .causal(let causal):
      guard !values.isEmpty else {
        for j in output.indices { output[j] = 1 }
        return
      }
      let weights = CausalWeighting.chunkWeights(losses: values, epsilon: state.epsilon)
      causal.pointWeights(chunkWeights: weights, order: orders[term], into: &output)
    case .rba:
      for j in output.indices { output[j] = values[j] * values[j] }
    case .selfAdaptive(let sa):
      for j in output.indices { output[j] = sa.mask.value(values[j]) }
    }
  }

  /// Advances `state` with each weighted term's per-point losses e_j (Σ_c r_c² or Σ_c |r_c|;
  /// for RBA the squared residual norms Σ_c r_c²) of the pass at `step`, once per step. `termWeights` are the weighted terms' current term
  /// weights (the self-adaptive ascent is on the weighted total).
  func update(
    step: Int, pointLosses: [[Double]], termWeights: [Double], state: inout PointWeightingState,
    orders: [[Int]]
  ) {
    guard state.updatedAtStep != step else { return }
    state.updatedAtStep = step
    switch rule {
    case .causal(let causal):
      var smallest = Double.infinity
      for term in terms.indices {
        let losses = causal.chunkLosses(pointLosses: pointLosses[term], order: orders[term])
        state.values[term] = losses
        let weights = CausalWeighting.chunkWeights(losses: losses, epsilon: state.epsilon)
        smallest = min(smallest, weights.min() ?? 1)
      }
      state.epsilon = causal.scheduledEpsilon(state.epsilon, weights: [smallest])
    case .rba(let rba):
      for term in terms.indices {
        rba.update(&state.values[term], squaredResiduals: pointLosses[term])
      }
    case .selfAdaptive(let sa):
      for term in terms.indices {
        sa.ascend(
          &state.values[term], optimizer: &state.optimizers[term],
          pointLosses: pointLosses[term], termWeight: termWeights[term])
      }
    }
  }

  /// The metrics columns: `causal_epsilon`, then per term `causal_w0`… (`causal_TERM_w0`…
  /// with several terms); `rba_mean_TERM`, `rba_max_TERM` of λ; `sa_mean_TERM`, `sa_max_TERM`
  /// of the weights m(λ).
  var columnNames: [String] {
    switch rule {
    case .causal(let causal):
      let prefixes = termNames.count == 1 ? ["causal_"] : termNames.map { "causal_\($0)_" }
      return ["causal_epsilon"]
        + prefixes.flatMap { prefix in (0..<causal.chunks).map { "\(prefix)w\($0)" } }
    case .rba: return termNames.flatMap { ["rba_mean_\($0)", "rba_max_\($0)"] }
    case .selfAdaptive: return termNames.flatMap { ["sa_mean_\($0)", "sa_max_\($0)"] }
    }
  }

  /// The values of ``columnNames`` for the weights in use in `state`.
  func columnValues(_ state: PointWeightingState) -> [Double] {
    switch rule {
    case .causal(let causal):
      return [state.epsilon]
        + state.values.flatMap { losses in
          losses.isEmpty
            ? [Double](repeating: 1, count: causal.chunks)
            : CausalWeighting.chunkWeights(losses: losses, epsilon: state.epsilon)
        }
    case .rba:
      return state.values.flatMap { Self.meanAndMax($0) }
    case .selfAdaptive(let sa):
      return state.values.flatMap { Self.meanAndMax($0.map(sa.mask.value)) }
    }
  }

  static func meanAndMax(_ values: [Double]) -> [Double] {
    guard !values.isEmpty else { return [0, 0] }
    return [values.reduce(0, +) / Double(values.count), values.max() ?? 0]
  }
}
