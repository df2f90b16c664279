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
  /// Per weighted term: scratch for the per-point losses (by the term's reduction), the squared
  /// residual norms (RBA) and the weights.
  var pointLosses: [[Double]]
  var squaredNorms: [[Double]]
  var weights: [[Double]]
  var engineWeights: [[S]]
  /// The metrics values of the weights in use at the last prepared step.
  private(set) var columnValuesInUse: [Double] = []
  /// Per weighted term: its loss without the point weights (mean_j of Σ_c r_c², or of
  /// Σ_c |r_c|) at the last pass read; the engine's loss of the term is the weighted one.
  private(set) var unweightedLosses: [Double]

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
    squaredNorms = pointLosses
    weights = pointLosses
    unweightedLosses = counts.map { _ in .nan }
    engineWeights = counts.map { [S](repeating: 1, count: $0) }
  }

  /// The column names of the metrics: the rule's, then `unweighted_loss_TERM` per term.
  var columnNames: [String] {
    rule.columnNames + rule.termNames.map { "unweighted_loss_\($0)" }
  }

  /// The values of ``columnNames`` at the last pass.
  var columnValues: [Double] { columnValuesInUse + unweightedLosses }

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
        step: step, pointLosses: ruleInputs, termWeights: [], state: &state, orders: orders)
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
      step: step, pointLosses: ruleInputs, termWeights: rule.terms.map { termWeights[$0] },
      state: &state, orders: orders)
  }

  /// What the rule reads per point: the squared residual norms (RBA), else the per-point
  /// losses.
  private var ruleInputs: [[Double]] {
    if case .rba = rule.rule { return squaredNorms }
    return pointLosses
  }

  /// Puts the saved `state` in place; the time order is rebuilt from the restored points.
  mutating func restore(_ saved: PointWeightingState) {
    state = saved
    ordersAreStale = true
  }

  /// Reads each weighted term's per-point losses (Σ_c r_c², or Σ_c |r_c| on a mean-absolute
  /// term), squared residual norms and unweighted loss from the plan's residuals.
  mutating func readPointLosses(_ plan: Plan<S>) {
    for term in termIDs.indices {
      let residuals = plan.pointResiduals(term: termIDs[term])
      let n = pointLosses[term].count
      var total = 0.0
      for j in 0..<n {
        var squares = 0.0
        var absolutes = 0.0
        for c in 0..<componentCounts[term] {
          let r = Double(residuals[c * n + j])
          squares += r * r
          absolutes += abs(r)
        }
        squaredNorms[term][j] = squares
        pointLosses[term][j] = meanAbsolute[term] ? absolutes : squares
        total += pointLosses[term][j]
      }
      unweightedLosses[term] = total / Double(n)
    }
  }
}
