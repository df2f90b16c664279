import LossrunCheck
import LossrunEngine

/// A per-point rule at work in a training loop: its state, the time order of its terms' points,
/// and the buffers that carry the weights into the plan and the residuals out of it.
///
/// Each step, after the samplers refresh, ``prepare(step:plan:samplers:)`` writes the state's
/// weights into the plan (and records them for the metrics row); after the step,
/// ``update(step:plan:termWeights:)`` advances the state from the residuals the step's pass
/// recorded. The weights a step uses therefore come from the residuals of the step before,
/// except at the first step of a run, where one forward-only sweep gives this step's residuals.
struct PointWeightingRun<S: EngineScalar> {
  let rule: PointWeighting
  var state: PointWeightingState
  /// Per weighted term: the engine term, its residual component count and its reduction.
  let termIDs: [TermID]
  let componentCounts: [Int]
  let meanAbsolute: [Bool]
  /// Per weighted term: the sampler bank entry of its points.
  let samplerEntries: [Int]
  /// Per weighted term: point indices sorted by time (causal weighting; empty otherwise).
  var orders: [[Int]]
  /// Whether ``orders`` must be rebuilt before the next pass (new points, or a restore).
  var ordersAreStale = true
  /// Per weighted term: scratch for the per-point losses and weights.
  var pointLosses: [[Double]]
  var weights: [[Double]]
  var engineWeights: [[S]]
  /// The metrics values of the weights in use at the last prepared step.
  private(set) var columnValuesInUse: [Double] = []

  init(rule: PointWeighting, plan: Plan<S>, problem: LoweredProblem) {
    self.rule = rule
    termIDs = rule.terms.map { TermID(index: $0) }
    let counts = termIDs.map { plan.pointWeights(term: $0).count }
    componentCounts = rule.terms.map { problem.spec.terms[$0].residuals.count }
    meanAbsolute = rule.terms.map { problem.spec.terms[$0].reduction == .meanAbsolute }
    samplerEntries = rule.terms.map { term in
      problem.samplerSlots.firstIndex { $0.sampler == problem.spec.terms[term].sampler } ?? 0
    }
    state = rule.makeInitialState(pointCounts: counts)
    orders = counts.map { _ in [] }
    pointLosses = counts.map { [Double](repeating: 0, count: $0) }
    weights = pointLosses
    engineWeights = counts.map { [S](repeating: 1, count: $0) }
  }

  /// The column names of the metrics.
  var columnNames: [String] { rule.columnNames }

  /// Loads the state's weights into `plan` before the pass at `step`: rebuilds the time order
  /// when the points changed, and at the first step of a run takes the residuals from one
  /// forward-only sweep when the rule needs them.
  mutating func prepare(step: Int, plan: Plan<S>, samplers: SamplerBank<S>) {
    if rule.readsTimes,
      ordersAreStale || samplerEntries.contains(where: { samplers.redraws($0, at: step) })
    {
      for term in termIDs.indices {
        orders[term] = CausalWeighting.timeOrder(
          samplers.coordinates(entry: samplerEntries[term], input: rule.timeInput))
      }
      ordersAreStale = false
    }
    if rule.needsResidualsFirst(state) {
      plan.evaluatePointResiduals()
      readPointLosses(plan)
      rule.update(
        step: step, pointLosses: pointLosses, termWeights: [], state: &state, orders: orders)
    }
    for term in termIDs.indices {
      rule.pointWeights(term: term, state: state, orders: orders, into: &weights[term])
      for j in weights[term].indices { engineWeights[term][j] = S(weights[term][j]) }
      engineWeights[term].withUnsafeBufferPointer {
        plan.setPointWeights(term: termIDs[term], $0)
      }
    }
    columnValuesInUse = rule.columnValues(state)
  }

  /// Advances the state from the residuals of the pass at `step`; `termWeights` are every
  /// term's weights used at the step.
  mutating func update(step: Int, plan: Plan<S>, termWeights: [Double]) {
    readPointLosses(plan)
    rule.update(
      step: step, pointLosses: pointLosses, termWeights: rule.terms.map { termWeights[$0] },
      state: &state, orders: orders)
  }

  /// Puts the saved `state` in place; the time order is rebuilt from the restored points.
  mutating func restore(_ saved: PointWeightingState) {
    state = saved
    ordersAreStale = true
  }

  /// Each weighted term's per-point loss from the plan's residuals: Σ_c r_c² (RBA always uses
  /// the squared norm), or Σ_c |r_c| on a mean-absolute term.
  private mutating func readPointLosses(_ plan: Plan<S>) {
    var absolute = meanAbsolute
    if case .rba = rule.rule { absolute = absolute.map { _ in false } }
    for term in termIDs.indices {
      let residuals = plan.pointResiduals(term: termIDs[term])
      let n = pointLosses[term].count
      for j in 0..<n {
        var sum = 0.0
        for c in 0..<componentCounts[term] {
          let r = Double(residuals[c * n + j])
          sum += absolute[term] ? abs(r) : r * r
        }
        pointLosses[term][j] = sum
      }
    }
  }
}
