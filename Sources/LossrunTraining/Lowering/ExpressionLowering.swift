import Foundation
import LossrunCheck
import LossrunEngine

/// Turns a resolved expression into an engine column on one point set.
///
/// Leaves: numbers become constants, inputs coordinates, fixed parameters numbers, learnable
/// parameters the engine's learnable scalars, network channels the engine's partial-derivative
/// channels, `lap(u)` the Laplacian over the space inputs and `dn(u)` the directional derivative
/// along the point set's vector field 0 (the sampler's outward unit normals), `data.NAME` a
/// component of a vector field holding the file's data columns (``DataFieldLayout``), and a leaf
/// read at another point (`u(x: 1)`) the channel at the point set's image under that map
/// (``images``, declared with the set from ``images(of:)``). Subtrees without a column are folded
/// to numbers; `a ^ n` with an integer constant `n` is an integer power, with
/// another constant a real power, and otherwise `exp(b · log a)`.
struct ExpressionLowering {
  /// A lowered subtree: a number known at lowering time, or a per-point column.
  enum Value {
    case number(Double)
    case column(PointExpression)
  }

  let pointSet: LossrunEngine.PointSet
  /// The spec's parameters: a learnable scalar handle, or nil for a fixed parameter.
  let learnable: [LearnableScalar?]
  /// Each parameter's (initial) value.
  let parameterValues: [Double]
  /// The space inputs (the Laplacian's inputs).
  let spaceInputs: [Int]
  /// Whether the point set carries outward normals as vector field 0.
  let hasNormals: Bool
  /// The data columns' layout in the point set's vector fields (file samplers).
  var dataLayout = DataFieldLayout(columns: 0, inputs: 1, firstField: 0)
  /// The maps the point set was declared with as images, in order (engine image `i + 1`).
  var images: [PointMap] = []

  /// The maps at whose images `expressions` read the network, each once: the images a point
  /// set that carries them must be declared with.
  static func images(of expressions: [ResolvedExpression]) -> [PointMap] {
    var found: [PointMap] = []
    for expression in expressions {
      for map in expression.pointMaps where !found.contains(map) { found.append(map) }
    }
    return found
  }

  /// The engine's form of `maps`.
  static func engineImages(_ maps: [PointMap]) -> [PointImage] {
    maps.map { PointImage(matrix: $0.matrix, offset: $0.offset) }
  }

  /// The column of `expression`.
  func column(_ expression: ResolvedExpression) throws -> PointExpression {
    switch try lower(expression) {
    case .number(let value): return pointSet.constant(value)
    case .column(let column): return column
    }
  }

  func lower(_ expression: ResolvedExpression) throws -> Value {
    switch expression {
    case .number(let value): return .number(value)
    case .input(let index): return .column(try pointSet.coordinate(index))
    case .parameter(let index):
      guard learnable.indices.contains(index) else {
        throw TrainingError("parameter #\(index) is not declared")
      }
      if let scalar = learnable[index] { return .column(try pointSet.scalar(scalar)) }
      return .number(parameterValues[index])
    case .network, .laplacian, .normalDerivative:
      return .column(try leaf(expression, image: 0))
    case .evaluated(let leaf, let map):
      guard let index = images.firstIndex(of: map) else {
        throw TrainingError("a point image of the expression is not declared on its point set")
      }
      return .column(try self.leaf(leaf, image: index + 1))
    case .data(let column):
      guard column < dataLayout.columns else {
        throw TrainingError("data column #\(column) is not loaded on this point set")
      }
      let (field, component) = dataLayout.slot(of: column)
      return .column(try pointSet.vector(field: field, component: component))
    case .negate(let operand):
      switch try lower(operand) {
      case .number(let value): return .number(-value)
      case .column(let column): return .column(-column)
      }
    case .function(let function, let operand):
      switch try lower(operand) {
      case .number(let value): return .number(function.apply(value))
      case .column(let column): return .column(column.applying(Self.unary(function)))
      }
    case .binary(let operation, let left, let right):
      return try binary(operation, try lower(left), try lower(right))
    }
  }

  /// A network leaf at the points (`image` 0) or at one of their images.
  private func leaf(_ expression: ResolvedExpression, image: Int) throws -> PointExpression {
    switch expression {
    case .network(let channel):
      let engineChannel: NetworkChannel =
        channel.derivative.totalOrder == 0
        ? .value(output: channel.output)
        : .partial(output: channel.output, orders: channel.derivative.counts)
      return try pointSet.channel(engineChannel, image: image)
    case .laplacian(let output):
      return try pointSet.channel(
        .laplacian(output: output, inputs: spaceInputs), image: image)
    case .normalDerivative(let output):
      guard hasNormals else {
        throw TrainingError("dn(...) needs a boundary sampler (its points carry normals)")
      }
      return try pointSet.channel(.directional(output: output, field: 0), image: image)
    default:
      throw TrainingError("only network channels are read at another point")
    }
  }

  private func binary(_ operation: ArithmeticOperator, _ left: Value, _ right: Value) throws
    -> Value
  {
    switch (left, right) {
    case (.number(let a), .number(let b)):
      return .number(operation.apply(a, b))
    case (.column(let a), .number(let b)) where operation == .power:
      guard b == b.rounded(), abs(b) <= 64 else { return .column(a.power(b)) }
      let exponent = Int(b)
      return .column(exponent >= 0 ? a.power(exponent) : 1 / a.power(-exponent))
    case _ where operation == .power:
      // a^b with a column exponent: exp(b · log a), defined for a > 0.
      let base = column(of: left)
      let exponent = column(of: right)
      return .column(exp(exponent * log(base)))
    default:
      let a = column(of: left)
      let b = column(of: right)
      switch operation {
      case .add: return .column(a + b)
      case .subtract: return .column(a - b)
      case .multiply: return .column(a * b)
      case .divide: return .column(a / b)
      case .minimum: return .column(min(a, b))
      case .maximum: return .column(max(a, b))
      case .arcTangent: return .column(atan2(a, b))
      case .power: return .column(exp(b * log(a)))
      }
    }
  }

  private func column(of value: Value) -> PointExpression {
    switch value {
    case .number(let number): return pointSet.constant(number)
    case .column(let column): return column
    }
  }

  static func unary(_ function: ElementaryFunction) -> UnaryFunction {
    switch function {
    case .sin: .sin
    case .cos: .cos
    case .tan: .tan
    case .exp: .exp
    case .log: .log
    case .sqrt: .sqrt
    case .abs: .abs
    case .tanh: .tanh
    case .sinh: .sinh
    case .cosh: .cosh
    }
  }
}
