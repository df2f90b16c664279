/// A sampler's selection (`where: ...`): the test of one point and, for a whole box, whether the
/// selection is proven to hold at every point of it, so that a sampler skips the test on the
/// boundary pieces and regions the selection contains whole.
package struct PointSelection: Sendable {
  /// Whether the selection holds at a point (coordinates in input order).
  package let holds: PointPredicate
  /// Whether the selection is proven to hold at every point of a box; false when unknown.
  package let holdsThroughout: @Sendable (BoundingBox) -> Bool

  /// A selection tested point by point, with a proof for boxes where one is known.
  package init(
    _ holds: @escaping PointPredicate,
    holdsThroughout: @escaping @Sendable (BoundingBox) -> Bool = { _ in false }
  ) {
    self.holds = holds
    self.holdsThroughout = holdsThroughout
  }
}
