import LossrunCheck
import LossrunEngine
import LossrunJSON
import LossrunReport

extension RunRecorder {
  /// Writes `parameters.safetensors` for `problem`'s trained `plan` (see
  /// ``safetensorsFile(plan:spec:scalarNames:)``).
  func writeSafetensors<S: EngineScalar>(plan: Plan<S>, problem: LoweredProblem) throws {
    do throws(ReportError) {
      try Self.safetensorsFile(
        plan: plan, spec: problem.spec, scalarNames: problem.learnableParameterNames
      ).write(to: directory.safetensorsPath)
    } catch {
      throw TrainingError("cannot write the run's outputs: \(error)")
    }
  }

  /// The trained parameters as safetensors, named for `torch.nn.Sequential`: the network is
  /// `Sequential(Linear, activation, Linear, activation, ..., Linear)`, so dense layer `k`
  /// (0-based from the input side) is module `2k`, stored as `net.<2k>.weight` (`[out, in]`)
  /// and `net.<2k>.bias` (`[out]`) for a module whose `net` attribute is that `Sequential`.
  /// Each learnable spec parameter is a 0-d tensor named after it.
  ///
  /// `__metadata__` (every value a string, lists and numbers as JSON text) describes the network
  /// completely: `architecture` (`mlp`), `layer_sizes` (`[in, hidden..., out]`), `activation`
  /// (the spec's keyword), `inputs` and `outputs` (names in order), `parameters` (the learnable
  /// scalars' names), `input_normalization` (`none`, `box` or `standardize`) with
  /// `input_affine_matrix` (row-major, `in × in`) and `input_affine_offset`: the first layer
  /// sees `A·x + c` (the identity for `none`), `precision`, `layout` and `lossrun_version`.
  static func safetensorsFile<S: EngineScalar>(
    plan: Plan<S>, spec: CheckedSpec, scalarNames: [String]
  ) -> SafetensorsFile {
    let values = plan.parameters
    var tensors: [SafetensorsFile.Tensor] = []
    for (index, layer) in plan.layout.layers.enumerated() {
      tensors.append(
        .init(
          name: "net.\(2 * index).weight", shape: [layer.outputCount, layer.inputCount],
          values: layer.weights.map { Double(values[$0]) }))
      tensors.append(
        .init(
          name: "net.\(2 * index).bias", shape: [layer.outputCount],
          values: layer.biases.map { Double(values[$0]) }))
    }
    for (name, index) in zip(scalarNames, plan.layout.scalars) {
      tensors.append(.init(name: name, shape: [], values: [Double(values[index])]))
    }
    let network = plan.network
    let n = network.inputCount
    let affine =
      network.inputAffine
      ?? InputAffine(
        matrix: (0..<(n * n)).map { $0 % (n + 1) == 0 ? 1 : 0 },
        offset: Array(repeating: 0, count: n))
    func json(_ value: JSONValue) -> String { value.text() }
    func names(_ list: [String]) -> String { json(.array(list.map { .string($0) })) }
    let metadata: [(String, String)] = [
      ("architecture", "mlp"),
      ("layer_sizes", json(.array(network.layerSizes.map { .integer($0) }))),
      ("activation", spec.network.activation.rawValue),
      ("inputs", names(spec.inputs.map(\.name))),
      ("outputs", names(spec.network.outputs)),
      ("parameters", names(scalarNames)),
      ("input_normalization", spec.network.normalization.rawValue),
      ("input_affine_matrix", json(.array(affine.matrix.map { .number($0) }))),
      ("input_affine_offset", json(.array(affine.offset.map { .number($0) }))),
      ("precision", S.self == Float.self ? "float32" : "float64"),
      ("layout", "torch.nn.Sequential(Linear, activation, ..., Linear) as net.<index>"),
      ("lossrun_version", LossrunVersion.current),
    ]
    return SafetensorsFile(
      tensors: tensors, precision: S.self == Float.self ? .float32 : .float64,
      metadata: metadata)
  }
}
