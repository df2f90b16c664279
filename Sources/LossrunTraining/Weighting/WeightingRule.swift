import LossrunEngine

/// A loss-weighting rule: from the per-term losses and gradient statistics, the weight of each
/// term in the total loss Σ w_i L_i.
///
/// A rule is immutable configuration; everything that changes lives in its ``State``, a value
/// that can be saved and restored for bit-exact resume. Each training step calls
/// ``update(step:losses:statistics:state:)`` (it decides itself whether the step is an update
/// step), then reads ``weights(in:)``: those are the weights actually used, and get logged.
/// At an update step the new weights come from this step's gradients and weight this step's
/// update, so no second forward or backward pass is needed.
///
/// A rule reads the engine's ``GradientStatistics`` of the groups it lists in
/// ``statisticGroups``; rules that read inner products or cosines of the groups' gradients
/// (aggregators such as PCGrad, MGDA, ConFIG) set ``needsGramian``, and only then is the Gramian
/// computed.
package protocol WeightingRule<State>: Sendable {
  /// The rule's changing state.
  associatedtype State: Hashable & Sendable & Codable

  /// The number of loss terms.
  var termCount: Int { get }
  /// The gradient groups whose statistics the rule reads, in the order ``GradientStatistics``
  /// indexes them (empty for rules that need none).
  var statisticGroups: [[Int]] { get }
  /// Whether the rule reads the Gramian of the groups' gradients (``GradientStatistics/gramian(_:_:)``).
  var needsGramian: Bool { get }
  /// Whether the rule reads gradient statistics at `step` (so the engine can skip them).
  func needsStatistics(atStep step: Int) -> Bool
  /// The state before the first step.
  func makeInitialState() -> State
  /// Advances the state at `step` (0-based).
  ///
  /// - Parameters:
  ///   - losses: each term's unweighted loss.
  ///   - statistics: the statistics of ``statisticGroups`` (with the Gramian if
  ///     ``needsGramian``), current at least when ``needsStatistics(atStep:)`` is true.
  func update<S: EngineScalar>(
    step: Int, losses: [Double], statistics: GradientStatistics<S>, state: inout State)
  /// The weight of each term in `state`.
  func weights(in state: State) -> [Double]
}

extension WeightingRule {
  /// The core rules read no Gramian.
  package var needsGramian: Bool { false }

  /// The statistics request of this rule: its groups, summed in `Double` in index order.
  package var statisticsRequest: GradientStatisticsRequest {
    GradientStatisticsRequest(
      groups: statisticGroups, summation: .sequential, includesGramian: needsGramian)
  }
}

/// The state shared by the core rules: the current weights and when they last changed.
package struct WeightingState: Hashable, Sendable, Codable {
  /// The weight of each term.
  package var weights: [Double]
  /// The raw estimates ŵ of the last update (before smoothing), per term; empty before the
  /// first. NaN for terms the rule does not estimate (the reference term), ±∞ for a vanished
  /// gradient: encode with a non-conforming-float strategy when writing JSON.
  package var lastEstimates: [Double]
  /// The step of the last update, or nil before the first.
  package var lastUpdateStep: Int?
  /// What a loss-history or learnable rule remembers (nil for the rules that need nothing; a
  /// nil memory is left out of the checkpoint, so their checkpoints are unchanged).
  package var memory: WeightingMemory?

  /// Creates a state with the given weights.
  package init(weights: [Double], memory: WeightingMemory? = nil) {
    self.weights = weights
    lastEstimates = []
    lastUpdateStep = nil
    self.memory = memory
  }

  /// Sets every raw estimate to NaN, reusing the storage when it already holds `count` entries
  /// (rules call this at each update, which then allocates nothing).
  mutating func resetEstimates(count: Int) {
    if lastEstimates.count == count {
      for i in lastEstimates.indices { lastEstimates[i] = .nan }
    } else {
      lastEstimates = Array(repeating: .nan, count: count)
    }
  }
}
