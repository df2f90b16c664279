/// A handle on a declared point set: the source of per-point leaves of expressions.
public struct PointSet {
  let builder: GraphBuilder
  /// The set's identity in the builder and the compiled plan.
  public let id: PointSetID

  /// Number of points.
  public var count: Int { builder.pointSetDeclaration(id).count }

  /// The coordinate column `x_index`.
  public func coordinate(_ index: Int) throws(EngineError) -> PointExpression {
    let inputs = builder.network.inputCount
    guard (0..<inputs).contains(index) else {
      throw .unknownInput(index: index, inputCount: inputs)
    }
    return builder.makeLeaf(.coordinate(index), set: id.index)
  }

  /// Component `component` of the per-point vector field `field`.
  public func vector(field: Int, component: Int) throws(EngineError) -> PointExpression {
    let fields = builder.pointSetDeclaration(id).vectorFieldCount
    guard (0..<fields).contains(field) else {
      throw .unknownVectorField(index: field, fieldCount: fields)
    }
    let inputs = builder.network.inputCount
    guard (0..<inputs).contains(component) else {
      throw .unknownInput(index: component, inputCount: inputs)
    }
    return builder.makeLeaf(.vectorComponent(field: field, component: component), set: id.index)
  }

  /// A network channel (value, partial derivative, Laplacian, directional derivative) as a column:
  /// at the points themselves (`image` 0) or at their images under the set's map `image - 1`
  /// (``GraphBuilder/addPointSet(name:count:vectorFieldCount:capacity:images:)``).
  public func channel(_ channel: NetworkChannel, image: Int = 0) throws(EngineError)
    -> PointExpression
  {
    let network = builder.network
    let images = builder.pointSetDeclaration(id).images.count
    guard (0...images).contains(image) else {
      throw .invalidPointSet("image \(image) of a point set with \(images) images")
    }
    let outputs = network.outputCount
    guard (0..<outputs).contains(channel.output) else {
      throw .unknownOutput(index: channel.output, outputCount: outputs)
    }
    switch channel {
    case .value: break
    case .partial(_, let orders):
      guard orders.count <= network.inputCount else {
        throw .unknownInput(index: orders.count - 1, inputCount: network.inputCount)
      }
      guard orders.allSatisfy({ $0 >= 0 }) else {
        throw .invalidPointSet("a partial derivative has a negative order")
      }
      let total = orders.reduce(0, +)
      guard total <= EngineError.maximumDerivativeOrder else {
        throw .derivativeOrderTooHigh(
          requested: total, maximum: EngineError.maximumDerivativeOrder)
      }
    case .laplacian(_, let inputs):
      for i in inputs where !(0..<network.inputCount).contains(i) {
        throw .unknownInput(index: i, inputCount: network.inputCount)
      }
    case .directional(_, let field):
      let fields = builder.pointSetDeclaration(id).vectorFieldCount
      guard (0..<fields).contains(field) else {
        throw .unknownVectorField(index: field, fieldCount: fields)
      }
    }
    return builder.makeLeaf(.channel(channel, image: image), set: id.index)
  }

  /// The value of network output `output` at the points or at their images (shorthand for
  /// `channel(.value(output:), image:)`).
  public func value(_ output: Int = 0, image: Int = 0) throws(EngineError) -> PointExpression {
    try channel(.value(output: output), image: image)
  }

  /// A learnable scalar, broadcast over the points.
  public func scalar(_ scalar: LearnableScalar) throws(EngineError) -> PointExpression {
    guard (0..<builder.scalars.count).contains(scalar.index) else {
      throw .unknownScalar(index: scalar.index)
    }
    return builder.makeLeaf(.scalar(scalar.index), set: nil)
  }

  /// A constant, broadcast over the points.
  public func constant(_ value: Double) -> PointExpression {
    builder.makeLeaf(.constant(value), set: nil)
  }
}
