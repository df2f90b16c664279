import LossrunCheck
import LossrunEngine
import LossrunReport

/// The compiled plan behind a ``Predictor`` in precision `S`: one point set of `chunk` points and
/// a probe per value.
final class PredictionPlan<S: EngineScalar> {
  let plan: Plan<S>
  let pointSet: PointSetID
  let probes: [ProbeID]
  let chunk: Int
  let inputCount: Int

  init(
    spec: CheckedSpec, quantities: [PredictedQuantity], parameters: ParameterFile, chunk: Int
  ) throws {
    let network = NetworkDescription(
      inputCount: spec.inputs.count, hiddenWidths: spec.network.hidden,
      outputCount: spec.network.outputs.count,
      activation: LoweredProblem.activation(spec.network.activation),
      inputAffine: InputNormalization.affine(for: spec))
    try Self.checkShapes(parameters, network: network, spec: spec)
    inputCount = spec.inputs.count
    self.chunk = chunk
    do {
      let builder = try GraphBuilder(network: network)
      var learnable: [LearnableScalar?] = []
      for parameter in spec.parameters {
        learnable.append(
          parameter.learnable
            ? builder.addScalar(name: parameter.name, initialValue: parameter.initial) : nil)
      }
      let images = ExpressionLowering.images(of: quantities.map(\.expression))
      let set = try builder.addPointSet(
        name: "prediction", count: chunk, images: ExpressionLowering.engineImages(images))
      var lowering = ExpressionLowering(
        pointSet: set, learnable: learnable, parameterValues: spec.parameters.map(\.initial),
        spaceInputs: spec.spaceInputs, hasNormals: false)
      lowering.images = images
      var probes: [ProbeID] = []
      for (index, name) in spec.network.outputs.enumerated() {
        probes.append(try builder.addProbe(name: name, set.value(index)))
      }
      for quantity in quantities {
        probes.append(
          try builder.addProbe(name: quantity.name, lowering.column(quantity.expression)))
      }
      plan = try builder.compile(S.self, options: PlanOptions(threads: 1))
      pointSet = set.id
      self.probes = probes
    } catch {
      throw TrainingError("the prediction cannot be lowered to the engine: \(error)")
    }
    plan.setParameters(parameters.scalars(S.self))
  }

  /// The values at `count` points, chunk by chunk; the last chunk is padded with its last point.
  func evaluate(points: [Double], count: Int) -> [[Double]] {
    var columns = [[Double]](repeating: [], count: probes.count)
    for index in columns.indices { columns[index].reserveCapacity(count) }
    var start = 0
    while start < count {
      let valid = min(chunk, count - start)
      var coordinates = [S](repeating: 0, count: chunk * inputCount)
      for point in 0..<chunk {
        let source = start + min(point, valid - 1)
        for input in 0..<inputCount {
          coordinates[point * inputCount + input] = S(points[source * inputCount + input])
        }
      }
      plan.setPoints(pointSet, coordinates: coordinates)
      plan.evaluateProbes(on: pointSet)
      for (column, probe) in probes.enumerated() {
        let values = plan.probeValues(probe)
        for point in 0..<valid { columns[column].append(Double(values[point])) }
      }
      start += valid
    }
    return columns
  }

  /// Throws unless `parameters` has the blocks the training run writes for `network` (see
  /// `RunRecorder.parameterFile`) and one scalar per learnable spec parameter.
  static func checkShapes(
    _ parameters: ParameterFile, network: NetworkDescription, spec: CheckedSpec
  ) throws {
    let sizes = network.layerSizes
    var expected: [[Int]] = []
    for layer in 1..<sizes.count {
      expected.append([sizes[layer], sizes[layer - 1]])
      expected.append([sizes[layer]])
    }
    expected += spec.parameters.filter(\.learnable).map { _ in [1] }
    let found = parameters.blocks.map(\.shape)
    guard found == expected else {
      throw TrainingError(
        "the parameters do not fit the spec's network: the spec needs blocks of shapes "
          + "\(expected), the file holds \(found)")
    }
  }
}
