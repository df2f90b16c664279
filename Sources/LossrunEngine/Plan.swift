/// A compiled loss graph: preallocated buffers and a fixed schedule of kernels.
///
/// A training step refills the points (``setPoints(_:coordinates:)``), replays the plan with
/// ``computePerTermGradients()`` or ``computeSummedGradient(weights:)``, reads the losses and
/// gradients, and updates the parameters (``setParameters(_:)``, or in place from inside the
/// package). Replaying builds no graph, looks nothing up
/// in dictionaries and allocates nothing on the heap.
public final class Plan<S: EngineScalar> {
  /// Where each layer's weights and biases and each learnable scalar live in the flat vectors.
  public let layout: ParameterLayout
  /// The network the plan evaluates.
  public let network: NetworkDescription
  /// Term names in declaration order (``TermID/index`` indexes this).
  public let termNames: [String]
  /// Point set names in declaration order.
  public let pointSetNames: [String]
  /// The flat parameter vector, laid out by ``layout``; lossrun's optimizers update it in place
  /// between steps. Outside the package it is read with ``parameterValues`` and written with
  /// ``setParameters(_:)``, so no caller holds a pointer into the plan.
  package let parameters: UnsafeMutableBufferPointer<S>
  /// The threads and tile sizes the plan was compiled with.
  public let options: PlanOptions

  let sets: [SetProgram<S>]
  let activation: ActivationKernel<S>
  /// Per set: the activation kernel evaluating up to the order that set needs.
  let setActivations: [ActivationKernel<S>]
  /// `A` (row-major) and `c` of the input map, identity and zero if there is none.
  let affineMatrix: [S]
  let affineOffset: [S]
  let hasAffine: Bool
  /// Per set and term: the flattened monomials (full and first-layer) per channel.
  let monomialTables: [MonomialTable<S>]

  /// Number of loss terms.
  public let termCount: Int
  let lossValues: UnsafeMutablePointer<S>
  let termGradients: UnsafeMutablePointer<S>
  let summedGradientStorage: UnsafeMutablePointer<S>
  let termWeights: UnsafeMutablePointer<S>
  var perTermMode = true
  /// The job every worker runs (built once, so dispatching allocates nothing).
  var workerJob: (Int) -> Void = { _ in }

  let workspaces: [UnsafeMutablePointer<S>]
  let threadGradients: [UnsafeMutablePointer<S>]
  let threadLosses: [UnsafeMutablePointer<S>]
  /// Per thread: a tile of ones (for monomials with fewer than four factors).
  let threadOnes: [UnsafeMutablePointer<S>]
  let assignments: [[WorkItem]]
  let pool: WorkerPool?
  let probeStorage: [UnsafeMutablePointer<S>]
  /// Per probe: its point set's index.
  let probeSets: [Int]

  /// One tile of one point set.
  struct WorkItem {
    var set: Int
    var tile: Int
  }

  /// Compiles `builder`'s graph (see ``GraphBuilder/compile(_:options:)``).
  init(builder: GraphBuilder, options: PlanOptions) throws(EngineError) {
    guard options.threads >= 1, options.threads <= 256 else {
      throw .invalidOptions("threads must be between 1 and 256")
    }
    if let t = options.tilePoints, t < 1 || t > 1 << 16 {
      throw .invalidOptions("tilePoints must be between 1 and 65536")
    }
    let compiled = try PlanCompiler<S>(builder: builder, options: options)
    self.options = options
    network = builder.network
    layout = compiled.layout
    termNames = builder.termNames
    pointSetNames = builder.pointSets.map(\.name)
    sets = compiled.sets
    monomialTables = compiled.monomialTables
    termCount = builder.termCount
    activation = ActivationKernel(activation: network.activation, highestOrder: 1)
    setActivations = compiled.sets.map {
      ActivationKernel(
        activation: builder.network.activation, highestOrder: $0.rules.highestOrder + 1)
    }
    parameters = .allocate(capacity: layout.count)
    parameters.initialize(repeating: 0)
    for (i, scalar) in builder.scalars.enumerated() {
      parameters[layout.scalars.lowerBound + i] = S(scalar.initialValue)
    }
    let d = network.inputCount
    if let affine = network.inputAffine {
      affineMatrix = affine.matrix.map { S($0) }
      affineOffset = affine.offset.map { S($0) }
      hasAffine = true
    } else {
      affineMatrix = (0..<(d * d)).map { $0 / d == $0 % d ? 1 : 0 }
      affineOffset = [S](repeating: 0, count: d)
      hasAffine = false
    }
    let p = layout.count
    lossValues = .allocate(capacity: max(termCount, 1))
    lossValues.initialize(repeating: 0, count: max(termCount, 1))
    termGradients = .allocate(capacity: max(termCount * p, 1))
    termGradients.initialize(repeating: 0, count: max(termCount * p, 1))
    summedGradientStorage = .allocate(capacity: max(p, 1))
    summedGradientStorage.initialize(repeating: 0, count: max(p, 1))
    termWeights = .allocate(capacity: max(termCount, 1))
    termWeights.initialize(repeating: 1, count: max(termCount, 1))
    let workspaceSize = compiled.sets.map(\.layout.totalCount).max() ?? 16
    var workspaces: [UnsafeMutablePointer<S>] = []
    var threadGradients: [UnsafeMutablePointer<S>] = []
    var threadLosses: [UnsafeMutablePointer<S>] = []
    for _ in 0..<options.threads {
      let w = UnsafeMutableRawPointer.allocate(
        byteCount: workspaceSize * MemoryLayout<S>.stride, alignment: 64
      ).bindMemory(to: S.self, capacity: workspaceSize)
      w.initialize(repeating: 0, count: workspaceSize)
      workspaces.append(w)
      let g = UnsafeMutablePointer<S>.allocate(capacity: max(termCount * p, 1))
      g.initialize(repeating: 0, count: max(termCount * p, 1))
      threadGradients.append(g)
      let l = UnsafeMutablePointer<S>.allocate(capacity: max(termCount, 1))
      l.initialize(repeating: 0, count: max(termCount, 1))
      threadLosses.append(l)
    }
    self.workspaces = workspaces
    self.threadGradients = threadGradients
    self.threadLosses = threadLosses
    assignments = compiled.assignments
    probeSets = builder.probes.map(\.pointSet)
    probeStorage = probeSets.map { set in
      let n = builder.pointSets[set].capacity
      let b = UnsafeMutablePointer<S>.allocate(capacity: n)
      b.initialize(repeating: 0, count: n)
      return b
    }
    pool = options.threads > 1 ? WorkerPool(threadCount: options.threads) : nil
    let scratch = compiled.sets.map(\.layout.cotangentStride).max() ?? 16
    threadOnes = (0..<options.threads).map { _ in
      let b = UnsafeMutablePointer<S>.allocate(capacity: scratch)
      b.initialize(repeating: 1, count: scratch)
      return b
    }
    workerJob = { [unowned self] thread in self.runWorker(thread) }
  }

  deinit {
    pool?.shutdown()
    parameters.deallocate()
    lossValues.deallocate()
    termGradients.deallocate()
    summedGradientStorage.deallocate()
    termWeights.deallocate()
    for w in workspaces { w.deallocate() }
    for g in threadGradients { g.deallocate() }
    for l in threadLosses { l.deallocate() }
    for b in threadOnes { b.deallocate() }
    for b in probeStorage { b.deallocate() }
  }
}
