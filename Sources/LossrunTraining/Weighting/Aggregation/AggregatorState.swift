import LossrunEngine

/// The changing state of the run's aggregator, as the checkpoint saves it.
package enum AggregatorState: Hashable, Sendable, Codable {
  /// An aggregator that keeps none.
  case stateless
  /// PCGrad's generator of the term orders.
  case pcgrad(RandomGenerator)
  /// M-ConFIG's momenta.
  case mconfig(MomentumConFIGAggregator.State)
}
