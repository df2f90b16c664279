extension Plan {
  /// Number of points of a set.
  public func pointCount(of set: PointSetID) -> Int { program(of: set).pointCount }

  /// The compiled program of `set`, which must be one of this plan's point sets.
  func program(of set: PointSetID) -> SetProgram<S> {
    alwaysPrecondition(sets.indices.contains(set.index), "a point set of another plan")
    return sets[set.index]
  }

  /// Copies `coordinates` (row-major, `pointCount × inputCount`) into the set's storage.
  ///
  /// Padding points at the end of the last tile repeat the last point; they carry no cotangent.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func setPoints(_ set: PointSetID, coordinates: UnsafeBufferPointer<S>) {
    let program = program(of: set)
    let d = program.inputCount
    let n = program.pointCount
    alwaysPrecondition(coordinates.count == n * d, "expected \(n)×\(d) coordinates")
    let base = coordinates.baseAddress!
    for p in 0..<program.capacity {
      let source = Swift.min(p, n - 1)
      for i in 0..<d { program.coordinates[i * program.capacity + p] = base[source * d + i] }
    }
  }

  /// Copies `coordinates` (row-major, `pointCount × inputCount`) into the set's storage.
  public func setPoints(_ set: PointSetID, coordinates: [S]) {
    coordinates.withUnsafeBufferPointer { setPoints(set, coordinates: $0) }
  }

  /// Copies per-point vectors of field `field` (row-major, `pointCount × inputCount`).
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func setVectors(_ set: PointSetID, field: Int, values: UnsafeBufferPointer<S>) {
    let program = program(of: set)
    let d = program.inputCount
    let n = program.pointCount
    alwaysPrecondition(field >= 0 && field < program.fieldCount, "unknown vector field")
    alwaysPrecondition(values.count == n * d, "expected \(n)×\(d) vector components")
    let base = values.baseAddress!
    for p in 0..<program.capacity {
      let source = Swift.min(p, n - 1)
      for i in 0..<d {
        program.vectors[(field * d + i) * program.capacity + p] = base[source * d + i]
      }
    }
  }

  /// Copies per-point vectors of field `field` (row-major, `pointCount × inputCount`).
  public func setVectors(_ set: PointSetID, field: Int, values: [S]) {
    values.withUnsafeBufferPointer { setVectors(set, field: field, values: $0) }
  }

  /// Evaluates every term's loss and its gradient with respect to all parameters, in one forward
  /// and one reverse sweep per tile; read them with ``loss(_:)`` and ``gradient(of:)``.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func computePerTermGradients() {
    perTermMode = true
    replay()
    let p = layout.count
    termGradients.update(repeating: 0, count: termCount * p)
    for thread in 0..<options.threads {
      VectorReductions.addScaled(
        1, threadGradients[thread], into: termGradients, count: termCount * p)
    }
  }

  /// Evaluates every term's loss and the gradient of `Σ weights[i]·loss[i]` (one cotangent);
  /// read it with ``summedGradient``.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func computeSummedGradient(weights: [S]) {
    alwaysPrecondition(weights.count == termCount, "one weight per term")
    for i in 0..<termCount { termWeights[i] = weights[i] }
    perTermMode = false
    replay()
    let p = layout.count
    summedGradientStorage.update(repeating: 0, count: p)
    for thread in 0..<options.threads {
      VectorReductions.addScaled(1, threadGradients[thread], into: summedGradientStorage, count: p)
    }
  }

  /// Runs all tiles on all threads and combines the per-thread losses in thread order.
  func replay() {
    if let pool {
      pool.run(workerJob)
    } else {
      runWorker(0)
    }
    lossValues.update(repeating: 0, count: termCount)
    for thread in 0..<options.threads {
      for i in 0..<termCount { lossValues[i] += threadLosses[thread][i] }
    }
  }

  /// The work of one thread: its fixed run of tiles, accumulated into its own partial sums.
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  func runWorker(_ thread: Int) {
    let slots = perTermMode ? termCount : 1
    threadGradients[thread].update(repeating: 0, count: slots * layout.count)
    threadLosses[thread].update(repeating: 0, count: termCount)
    for item in assignments[thread] { runTile(item, thread: thread) }
  }

  /// Every term's identity, in declaration order.
  public var terms: [TermID] { (0..<termCount).map { TermID(index: $0) } }

  /// The loss of `term` from the last step.
  public func loss(_ term: TermID) -> S {
    alwaysPrecondition((0..<termCount).contains(term.index), "a term of another plan")
    return lossValues[term.index]
  }

  /// The losses of all terms from the last step, in term order.
  public var losses: UnsafeBufferPointer<S> {
    UnsafeBufferPointer(start: lossValues, count: termCount)
  }

  /// The gradient of `term`'s loss from the last ``computePerTermGradients()``.
  public func gradient(of term: TermID) -> UnsafeBufferPointer<S> {
    alwaysPrecondition((0..<termCount).contains(term.index), "a term of another plan")
    return UnsafeBufferPointer(
      start: termGradients + term.index * layout.count, count: layout.count)
  }

  /// The weighted gradient from the last ``computeSummedGradient(weights:)``.
  public var summedGradient: UnsafeBufferPointer<S> {
    UnsafeBufferPointer(start: summedGradientStorage, count: layout.count)
  }

  /// Writes `Σ weights[i]·gradient(of: i)` into `output` (after ``computePerTermGradients()``).
  @_specialize(where S == Float)
  @_specialize(where S == Double)
  public func combineGradients(weights: [S], into output: UnsafeMutableBufferPointer<S>) {
    alwaysPrecondition(
      weights.count == termCount && output.count == layout.count,
      "one weight per term and one output entry per parameter")
    output.update(repeating: 0)
    for t in 0..<termCount {
      VectorReductions.addScaled(
        weights[t], termGradients + t * layout.count, into: output.baseAddress!,
        count: layout.count)
    }
  }

  /// Matrix-multiply flops of one per-term step (forward and reverse), counted from the plan:
  /// `2·n_in·n_out` per point and channel forward, twice that for each reverse cotangent.
  public var matmulFlopsPerStep: Int { flopCount(perTerm: true) }

  /// Matrix-multiply flops of one summed step.
  public var matmulFlopsPerSummedStep: Int { flopCount(perTerm: false) }

  func flopCount(perTerm: Bool) -> Int {
    var total = 0
    let sizes = network.layerSizes
    for set in sets where !set.terms.isEmpty {
      let points = set.tile * set.tileCount
      let c = set.channelCount
      let first = set.firstLayerChannels.count
      var forward = 2 * sizes[0] * sizes[1] * first
      for l in 2..<sizes.count { forward += 2 * sizes[l - 1] * sizes[l] * c }
      var backward = 0
      let lists = perTerm ? set.perTermChannels : [set.unionChannels]
      for list in lists {
        backward += 2 * sizes[0] * sizes[1] * list.count
        for l in 2..<sizes.count { backward += 4 * sizes[l - 1] * sizes[l] * list.count }
      }
      total += points * (forward + backward)
    }
    return total
  }

  /// Bytes of all buffers the plan allocated (parameters, gradients, points, workspaces, point
  /// weights and residuals of point-weighted terms).
  public var bufferBytes: Int {
    let scalar = MemoryLayout<S>.stride
    var count = layout.count * (2 + termCount) + 2 * termCount
    count += options.threads * (termCount * layout.count + termCount)
    count += options.threads * (sets.map(\.layout.totalCount).max() ?? 0)
    for set in sets {
      count += set.capacity * set.inputCount * (1 + set.fieldCount)
      for case let buffers? in set.terms.map(\.pointWeights) {
        count += buffers.pointCount * (1 + buffers.componentCount)
      }
    }
    return count * scalar
  }
}
