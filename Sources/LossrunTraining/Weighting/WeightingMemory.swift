import LossrunEngine

/// What the loss-history and learnable rules remember between steps, beyond the weights:
/// earlier losses, learnable log-weights with their optimizer, a random stream.
///
/// It is part of ``WeightingState`` (nil for the rules that need none), so a checkpoint stores
/// it and resume is bit-exact.
package struct WeightingMemory: Hashable, Sendable, Codable {
  /// How many times the rule has updated (its own step count: L-BFGS steps do not update).
  package var updates: Int
  /// The losses of the previous update (empty before the first).
  package var previousLosses: [Double]
  /// The reference losses L(0) (empty until the rule records them).
  package var initialLosses: [Double]
  /// Learnable log-weights s_i (uncertainty weighting, GradNorm; empty for the other rules).
  package var logWeights: [Double]
  /// The optimizer of ``logWeights``.
  package var optimizer: ScalarAdam?
  /// The rule's random stream (ReLoBRaLo's Bernoulli lookback).
  package var random: RandomGenerator?

  /// Memory with nothing recorded yet.
  package init(
    logWeights: [Double] = [], optimizer: ScalarAdam? = nil, random: RandomGenerator? = nil
  ) {
    updates = 0
    previousLosses = []
    initialLosses = []
    self.logWeights = logWeights
    self.optimizer = optimizer
    self.random = random
  }
}
