extension Plan {
  /// Computes every probe declared on `set` at the set's current points (single-threaded,
  /// forward only); read the values with ``probeValues(_:)``.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func evaluateProbes(on set: PointSetID) {
    let program = program(of: set)
    let ws = workspaces[0]
    let t = program.tile
    for tile in 0..<program.tileCount {
      let start = tile * t
      let valid = Swift.min(t, program.pointCount - start)
      guard valid > 0 else { break }
      forwardNetwork(program, ws: ws, start: start, thread: 0)
      evaluateNodes(program, ws: ws, start: start)
      for (probe, node) in program.probes {
        (probeStorage[probe] + start).update(
          from: ws + program.layout.nodeValues + node * t, count: valid)
      }
    }
  }

  /// The values of `probe` from the last ``evaluateProbes(on:)`` of its set, one per point.
  public func probeValues(_ probe: ProbeID) -> UnsafeBufferPointer<S> {
    alwaysPrecondition(probeStorage.indices.contains(probe.index), "a probe of another plan")
    return UnsafeBufferPointer(
      start: probeStorage[probe.index], count: sets[probeSets[probe.index]].pointCount)
  }
}
