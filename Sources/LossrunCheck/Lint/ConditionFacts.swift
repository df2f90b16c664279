import LossrunDiagnostics

/// What the terms of a checked spec say about each network output: which derivatives its
/// equations take, and which terms pin it down (initial, boundary and data conditions).
///
/// The roles of terms, by their sampler and what they read:
/// - an *equation* is a term on an interior sampler without a predicate whose residuals read a
///   derivative of some output;
/// - a *data term* is a term on an interior sampler whose residuals read outputs only as values
///   (no derivative): it observes those outputs across the domain (an inverse problem), so it
///   counts as every initial and boundary condition for them;
/// - a *boundary condition* for an output is a term on a boundary sampler that reads it (its
///   value, a derivative or `dn`): Dirichlet, Neumann and Robin alike;
/// - an *initial condition* of order k for an output is a term on an initial sampler that reads
///   its k-th time derivative (k = 0: the value, k = 1: the rate);
/// - a *condition between points* is a term that reads the network at other points
///   (`u(x: -1) - u(x: 1)`, `periodic: x`): it covers each face of the space box where it reads
///   an output (an image that sets a space input to one of its bounds), pinning nothing, since a
///   periodic condition holds for u + c as well.
package struct ConditionFacts: Sendable {
  /// What the equations read of one output.
  package struct OutputNeeds: Sendable {
    /// The highest time derivative order.
    package var timeOrder = 0
    /// Where that time derivative is read first (a residual's range) and how it is written.
    package var timeSite: (range: SourceRange, name: String)?
    /// The highest total order over the space inputs (a Laplacian counts 2).
    package var spaceOrder = 0
    /// Where that space derivative is read first and how it is written.
    package var spaceSite: (range: SourceRange, name: String)?
    /// The space inputs the output is differentiated along.
    package var directions: Set<Int> = []
    /// Whether an equation reads a derivative of this output together with a second-order
    /// space derivative of another output (pressure in incompressible flow).
    package var drivenByAnotherOutput = false
  }

  /// Per output (in `CheckedNetwork.outputs` order), what the equations read.
  package var needs: [OutputNeeds]
  /// Per output, whether a data term observes it.
  package var observed: [Bool]
  /// Per output, the indices of the samplers of the boundary conditions on it.
  package var boundarySamplers: [[Int]]
  /// Per output, the time orders its initial conditions give.
  package var initialOrders: [Set<Int>]
  /// Per output, whether a term other than an equation reads it (for the gauge rule).
  package var pinned: [Bool]
  /// Per output, the faces of the space box that conditions between points cover there, as
  /// predicates (`x == -1`).
  package var linkedFaces: [[ResolvedPredicate]]

  /// Gathers the facts of `spec`.
  package init(_ spec: CheckedSpec) {
    let outputs = spec.network.outputs.count
    needs = Array(repeating: OutputNeeds(), count: outputs)
    observed = Array(repeating: false, count: outputs)
    boundarySamplers = Array(repeating: [], count: outputs)
    initialOrders = Array(repeating: [], count: outputs)
    pinned = Array(repeating: false, count: outputs)
    linkedFaces = Array(repeating: [], count: outputs)
    let time = spec.timeInput
    let space = spec.spaceInputs
    for term in spec.terms {
      let sampler = spec.samplers[term.sampler]
      if term.residuals.contains(where: { !$0.pointMaps.isEmpty }) {
        recordLinked(term, spec: spec)
        continue
      }
      let read = Set(term.residuals.flatMap(Self.outputsRead))
      let highest = term.residuals.map(\.highestDerivativeOrder).max() ?? 0
      switch sampler.region {
      case nil:
        // Given points: a file's data observes what it reads; listed points only pin it.
        let observes = !sampler.dataColumns.isEmpty && highest == 0
        for output in read {
          if observes { observed[output] = true }
          pinned[output] = true
        }
      case .interior where highest == 0:
        for output in read {
          observed[output] = true
          pinned[output] = true
        }
      case .interior where sampler.drawn?.predicate == nil:
        for (residual, range) in zip(term.residuals, term.residualRanges) {
          record(residual, at: range, spec: spec, time: time, space: space)
        }
      case .interior:
        for output in read { pinned[output] = true }
      case .boundary:
        for output in read {
          boundarySamplers[output].append(term.sampler)
          pinned[output] = true
        }
      case .initial:
        for residual in term.residuals {
          for channel in residual.networkChannels {
            initialOrders[channel.output].insert(time.map { channel.derivative.counts[$0] } ?? 0)
          }
          for output in Self.outputsRead(residual) { pinned[output] = true }
        }
      }
    }
  }

  /// Records the faces a condition between points covers: for each output read at an image,
  /// the space inputs the image sets to one of their bounds.
  private mutating func recordLinked(_ term: CheckedTerm, spec: CheckedSpec) {
    for residual in term.residuals {
      residual.forEachNode { node in
        guard case .evaluated(let leaf, let map) = node else { return }
        for output in Self.outputsRead(leaf) {
          for axis in spec.spaceInputs {
            let (coefficients, value) = map.row(axis)
            let input = spec.inputs[axis]
            guard coefficients.allSatisfy({ $0 == 0 }),
              value == input.lower || value == input.upper
            else { continue }
            linkedFaces[output].append(.comparison(.equal, .input(axis), .number(value)))
          }
        }
      }
    }
  }

  /// Records what one equation residual reads.
  private mutating func record(
    _ residual: ResolvedExpression, at range: SourceRange, spec: CheckedSpec, time: Int?,
    space: [Int]
  ) {
    var spaceOrders: [Int: Int] = [:]
    for channel in residual.networkChannels {
      let output = channel.output
      let counts = channel.derivative.counts
      let timeOrder = time.map { counts[$0] } ?? 0
      let spaceOrder = space.reduce(0) { $0 + counts[$1] }
      spaceOrders[output] = max(spaceOrders[output] ?? 0, spaceOrder)
      for axis in space where counts[axis] > 0 { needs[output].directions.insert(axis) }
      if timeOrder > needs[output].timeOrder {
        needs[output].timeOrder = timeOrder
        needs[output].timeSite = (range, Self.name(of: channel, spec: spec))
      }
      if spaceOrder > needs[output].spaceOrder {
        needs[output].spaceOrder = spaceOrder
        needs[output].spaceSite = (range, Self.name(of: channel, spec: spec))
      }
    }
    for output in residual.laplacianOutputs {
      spaceOrders[output] = 2
      needs[output].directions.formUnion(space)
      if needs[output].spaceOrder < 2 {
        needs[output].spaceOrder = 2
        needs[output].spaceSite = (range, "lap(\(spec.network.outputs[output]))")
      }
    }
    for (output, order) in spaceOrders where order >= 1 {
      if spaceOrders.contains(where: { $0.key != output && $0.value >= 2 }) {
        needs[output].drivenByAnotherOutput = true
      }
    }
  }

  /// The outputs an expression reads in any way.
  static func outputsRead(_ expression: ResolvedExpression) -> Set<Int> {
    Set(expression.networkChannels.map(\.output)).union(expression.laplacianOutputs)
      .union(expression.normalDerivativeOutputs)
  }

  /// How a derivative is written in the short form (`u`, `u_t`, `u_xx`), or with `d(...)` when
  /// an input's name is longer than one letter.
  static func name(of channel: OutputDerivative, spec: CheckedSpec) -> String {
    let output = spec.network.outputs[channel.output]
    let counts = channel.derivative.counts
    guard counts.contains(where: { $0 > 0 }) else { return output }
    if spec.inputs.allSatisfy({ $0.name.count == 1 }) {
      let suffix = counts.enumerated().map { index, count in
        String(repeating: spec.inputs[index].name, count: count)
      }
      return output + "_" + suffix.joined()
    }
    let parts = counts.enumerated().filter { $0.element > 0 }.map { index, count in
      count == 1 ? spec.inputs[index].name : "\(spec.inputs[index].name), \(count)"
    }
    return "d(\(output), \(parts.joined(separator: ", ")))"
  }
}
