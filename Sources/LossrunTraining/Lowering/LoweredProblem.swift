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
        let set = try builder.addPointSet(
          name: sampler.name, count: sampler.pointCount(inputs: spec.inputs.count),
          vectorFieldCount: layout.firstField + layout.fieldCount)
        setOfSampler[index] = set
        slots.append(
          SamplerSlot(
            sampler: index, pointSet: set.id, hasNormals: hasNormals, dataLayout: layout))
      }
      samplerSlots = slots
      let parameterValues = spec.parameters.map(\.initial)
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
