extension Plan {
  /// The most points `set` can hold: the `capacity` it was declared with
  /// (``GraphBuilder/addPointSet(name:count:vectorFieldCount:capacity:)``).
  public func pointCapacity(of set: PointSetID) -> Int { program(of: set).reservedCount }

  /// Makes the passes use the first `count` points of `set` (1 ≤ `count` ≤
  /// ``pointCapacity(of:)``); load them next with ``setPoints(_:coordinates:)`` (and
  /// ``setVectors(_:field:values:)``), which then expect `count` points.
  ///
  /// The buffers and the split of tiles between threads were made for the capacity, so this
  /// allocates nothing: tiles beyond the points in use are skipped, and a term's mean runs over
  /// the `count` points. The split stays the one made for the full capacity, so a set far below
  /// its capacity may leave one thread more of the work.
  public func setPointCount(_ set: PointSetID, _ count: Int) {
    let program = program(of: set)
    alwaysPrecondition(
      (1...program.reservedCount).contains(count),
      "a point count from 1 to the set's capacity \(program.reservedCount)")
    program.pointCount = count
  }
}
