import LossrunCheck
import LossrunEngine

/// A checked spec lowered to one engine graph, ready to compile into a plan.
///
/// One engine point set per sampler that a term uses (terms on the same sampler share it and so
/// share the forward pass); boundary samplers' point sets carry the outward normals as vector
/// field 0. Each term becomes one engine term whose components are its residuals. Learnable
/// spec parameters become engine learnable scalars (after the network's parameters in the flat
/// vector); fixed ones are numbers. With an evaluation, one more point set holds the evaluation
/// points, with a probe per evaluated output; it costs nothing during training steps.
package final class LoweredProblem {
  /// A sampler that feeds a point set.
  package struct SamplerSlot: Sendable {
    /// The sampler's index in the spec.
    package var sampler: Int
    /// The engine point set.
    package var pointSet: PointSetID
    /// Whether the points carry normals (vector field 0).
    package var hasNormals: Bool
    /// Where the sampler's data columns live in the point set's vector fields.
    package var dataLayout: DataFieldLayout
    /// The maps at whose images its terms read the network (the point set's images, in order).
    package var images: [PointMap] = []
    /// The candidate set of an adaptive sampler, or nil.
    package var candidates: CandidateSlot? = nil
  }

  /// An adaptive sampler's candidate points: an engine point set evaluated forward only, with a
  /// probe per residual component of every term on the sampler. It costs nothing during
  /// training steps (no term reads it).
  package struct CandidateSlot: Sendable {
    /// The engine point set of the candidates: the pool (RAR, RAD) or a copy of the current
    /// points (R3).
    package var pointSet: PointSetID
    /// One probe per residual component of each term on the sampler, in term order.
    package var probes: [ProbeID]
  }

  /// The evaluation's point set and probes.
  package struct EvaluationSlot: Sendable {
    /// The engine point set of the evaluation points.
    package var pointSet: PointSetID
    /// One probe per evaluated output, in the order of ``EvaluationData/outputs``.
    package var probes: [ProbeID]
    /// The points and expected values.
    package var data: EvaluationData
  }

  /// The checked spec.
  package let spec: CheckedSpec
  /// The engine network (layer sizes, activation, input normalisation).
  package let network: NetworkDescription
  /// The samplers feeding point sets, in spec order.
  package let samplerSlots: [SamplerSlot]
  /// The evaluation, when the spec asks for one.
  package let evaluation: EvaluationSlot?
  /// The spec indices of the learnable parameters, in engine scalar order.
  package let learnableParameters: [Int]
  let builder: GraphBuilder

  /// Lowers `spec`; `evaluation` is the data of its evaluation (see ``EvaluationData/make(for:)``).
  package init(spec: CheckedSpec, evaluation: EvaluationData?) throws {
    self.spec = spec
    network = NetworkDescription(
      inputCount: spec.inputs.count, hiddenWidths: spec.network.hidden,
      outputCount: spec.network.outputs.count,
      activation: Self.activation(spec.network.activation),
      inputAffine: InputNormalization.affine(for: spec))
    do {
      let builder = try GraphBuilder(network: network)
      self.builder = builder
      var learnable: [LearnableScalar?] = []
      var learnableIndices: [Int] = []
      for parameter in spec.parameters {
        if parameter.learnable {
          learnable.append(builder.addScalar(name: parameter.name, initialValue: parameter.initial))
          learnableIndices.append(parameter.index)
        } else {
          learnable.append(nil)
        }
      }
      learnableParameters = learnableIndices
      let usedSamplers = Set(spec.terms.map(\.sampler))
      var slots: [SamplerSlot] = []
      var setOfSampler: [Int: LossrunEngine.PointSet] = [:]
      for (index, sampler) in spec.samplers.enumerated() where usedSamplers.contains(index) {
        let hasNormals = sampler.region == .boundary
        let layout = DataFieldLayout(
          columns: sampler.dataColumns.count, inputs: spec.inputs.count,
          firstField: hasNormals ? 1 : 0)
        let capacity = try Self.capacity(
          of: sampler, inputs: spec.inputs.count, steps: spec.training.steps)
        let images = Self.images(ofSampler: index, in: spec)
        let set = try builder.addPointSet(
          name: sampler.name, count: sampler.pointCount(inputs: spec.inputs.count),
          vectorFieldCount: layout.firstField + layout.fieldCount, capacity: capacity,
          images: ExpressionLowering.engineImages(images))
        setOfSampler[index] = set
        slots.append(
          SamplerSlot(
            sampler: index, pointSet: set.id, hasNormals: hasNormals, dataLayout: layout,
            images: images))
      }
      let parameterValues = spec.parameters.map(\.initial)
      for slot in slots.indices {
        let sampler = spec.samplers[slots[slot].sampler]
        guard let adaptation = sampler.adaptation else { continue }
        slots[slot].candidates = try Self.candidates(
          of: slots[slot].sampler, adaptation: adaptation, spec: spec, builder: builder,
          learnable: learnable)
      }
      samplerSlots = slots
      for term in spec.terms {
        guard let set = setOfSampler[term.sampler] else {
          throw TrainingError("term '\(term.name)' has no sampler", at: term.range)
        }
        var lowering = ExpressionLowering(
          pointSet: set, learnable: learnable, parameterValues: parameterValues,
          spaceInputs: spec.spaceInputs,
          hasNormals: spec.samplers[term.sampler].region == .boundary)
        if let slot = slots.first(where: { $0.sampler == term.sampler }) {
          lowering.dataLayout = slot.dataLayout
          lowering.images = slot.images
        }
        let components = try term.residuals.map { try lowering.column($0) }
        try builder.addTerm(
          name: term.name, components: components,
          reduction: term.reduction == .meanAbsolute ? .meanAbsolute : .meanSquare)
      }
      if let evaluation {
        let set = try builder.addPointSet(name: "evaluation", count: evaluation.count)
        var probes: [ProbeID] = []
        for output in evaluation.outputs {
          probes.append(
            try builder.addProbe(
              name: "evaluation." + spec.network.outputs[output], set.value(output)))
        }
        self.evaluation = EvaluationSlot(pointSet: set.id, probes: probes, data: evaluation)
      } else {
        self.evaluation = nil
      }
    } catch let error as EngineError {
      throw TrainingError("the spec cannot be lowered to the engine: \(error)")
    }
  }

  /// Compiles the plan in precision `S` with `threads` threads, initializes the network's
  /// weights from `seed` and loads the evaluation points.
  package func makePlan<S: EngineScalar>(
    _: S.Type = S.self, threads: Int, seed: UInt64
  ) throws -> Plan<S> {
    let plan: Plan<S>
    do {
      let weighted = Set((spec.pointWeighting?.terms ?? []).map { TermID(index: $0) })
      plan = try builder.compile(
        S.self, options: PlanOptions(threads: threads, pointWeightedTerms: weighted))
    } catch {
      throw TrainingError("the engine cannot compile the spec: \(error)")
    }
    initializeWeights(plan, seed: seed)
    if let evaluation {
      plan.setPoints(evaluation.pointSet, coordinates: evaluation.data.points.map { S($0) })
    }
    return plan
  }

  /// Draws the network's weights with the spec's initialization on the random stream
  /// ``Plan/initializationStream`` of `seed` (see ``Plan/initialize(_:seed:)``): layer by layer
  /// from the input side, each matrix in row-major order; biases are zero. Learnable scalars keep
  /// their initial values.
  package func initializeWeights<S: EngineScalar>(_ plan: Plan<S>, seed: UInt64) {
    plan.initialize(
      spec.network.initialization == .xavierUniform ? .xavierUniform : .xavierNormal, seed: seed)
  }

  /// The engine's term names, in spec order.
  package var termNames: [String] { spec.terms.map(\.name) }

  /// The learnable spec parameters' names, in engine scalar order (which is spec order).
  package var learnableParameterNames: [String] {
    learnableParameters.map { spec.parameters[$0].name }
  }

  static func activation(_ activation: CheckedNetwork.Activation) -> Activation {
    switch activation {
    case .tanh: .tanh
    case .sin: .sin
    case .sigmoid: .sigmoid
    case .softplus: .softplus
    case .silu: .silu
    case .gelu: .gelu
    case .relu: .relu
    }
  }
}

extension LoweredProblem {
  /// The points `sampler`'s engine set reserves: its point count, or for RAR the count it grows
  /// to over `steps` steps.
  static func capacity(of sampler: CheckedSampler, inputs: Int, steps: Int) throws -> Int {
    guard let drawn = sampler.drawn, let adaptation = drawn.adaptation else {
      return sampler.pointCount(inputs: inputs)
    }
    let capacity = adaptation.maximumPoints(startingWith: drawn.points, steps: steps)
    guard capacity <= 1 << 30 else {
      throw TrainingError(
        "sampler '\(sampler.name)' would grow to \(capacity) points over \(steps) steps",
        at: adaptation.range)
    }
    return capacity
  }

  /// The maps at whose images the terms on sampler `index` read the network.
  static func images(ofSampler index: Int, in spec: CheckedSpec) -> [PointMap] {
    ExpressionLowering.images(
      of: spec.terms.filter { $0.sampler == index }.flatMap(\.residuals))
  }

  /// Declares the candidate set of adaptive sampler `index`: `pool` points (R3: the sampler's
  /// count), with the normals of a boundary sampler, and a probe per residual component of
  /// every term on the sampler, lowered as the terms are.
  static func candidates(
    of index: Int, adaptation: CheckedAdaptation, spec: CheckedSpec, builder: GraphBuilder,
    learnable: [LearnableScalar?]
  ) throws -> CandidateSlot {
    let sampler = spec.samplers[index]
    let hasNormals = sampler.region == .boundary
    let count =
      adaptation.pool > 0 ? adaptation.pool : sampler.pointCount(inputs: spec.inputs.count)
    let images = Self.images(ofSampler: index, in: spec)
    let set = try builder.addPointSet(
      name: sampler.name + ".candidates", count: count, vectorFieldCount: hasNormals ? 1 : 0,
      images: ExpressionLowering.engineImages(images))
    var lowering = ExpressionLowering(
      pointSet: set, learnable: learnable, parameterValues: spec.parameters.map(\.initial),
      spaceInputs: spec.spaceInputs, hasNormals: hasNormals)
    lowering.images = images
    var probes: [ProbeID] = []
    for term in spec.terms where term.sampler == index {
      for (component, residual) in term.residuals.enumerated() {
        probes.append(
          try builder.addProbe(
            name: "\(term.name).residual\(component)", lowering.column(residual)))
      }
    }
    return CandidateSlot(pointSet: set.id, probes: probes)
  }
}
