import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks one shape's arguments against its kind and the number of space inputs; the
  /// primitive shape, or nil after errors (each at the argument or the kind).
  mutating func checkShape(_ shape: ShapeDeclaration, dimension: Int) -> CheckedShape? {
    let kind = shape.kind.value
    let name = shape.name.value
    let needed: Int? =
      switch kind {
      case .interval: 1
      case .rectangle, .disk, .ellipse, .annulus, .triangle, .polygon: 2
      case .box, .ball: 3
      }
    if let needed, needed != dimension {
      diagnostics.error(
        .invalidValue,
        "shape '\(name)' is a \(kind.rawValue), which has \(needed) coordinates, but the spec "
          + "has \(dimension) space inputs", at: shape.kind.range)
      return nil
    }
    var values: [String: Located<SettingValue>] = [:]
    for argument in shape.arguments { values[argument.key.value] = argument.value }
    for key in kind.argumentKeys where values[key] == nil {
      diagnostics.error(
        .missingKey, "shape '\(name)' is missing the required key '\(key)'", at: shape.kind.range)
      return nil
    }
    func positive(_ key: String) -> Double? {
      guard let value = number(values[key]!, of: name, key: key) else { return nil }
      guard value > 0 else {
        diagnostics.error(
          .invalidValue, "the \(key) of shape '\(name)' is \(value); it must be positive",
          at: values[key]!.range)
        return nil
      }
      return value
    }
    switch kind {
    case .interval:
      guard let bounds = points([values["bounds"]!], of: name, key: "bounds", dimension: 2)
      else { return nil }
      return box(lower: [bounds[0][0]], upper: [bounds[0][1]], name: name, at: values["bounds"]!)
    case .rectangle, .box:
      guard
        let corners = points(values["corners"]!, of: name, key: "corners", dimension: dimension),
        corners.count == 2
      else {
        diagnostics.error(
          .invalidValue, "the corners of shape '\(name)' are two points: [lower, upper]",
          at: values["corners"]!.range)
        return nil
      }
      return box(lower: corners[0], upper: corners[1], name: name, at: values["corners"]!)
    case .disk, .ball:
      guard let center = points([values["center"]!], of: name, key: "center", dimension: dimension),
        let radius = positive("radius")
      else { return nil }
      return .ball(center: center[0], radius: radius)
    case .ellipse:
      guard let center = points([values["center"]!], of: name, key: "center", dimension: 2),
        let axes = points([values["semi_axes"]!], of: name, key: "semi_axes", dimension: 2)
      else { return nil }
      guard axes[0].allSatisfy({ $0 > 0 }) else {
        diagnostics.error(
          .invalidValue, "the semi-axes of shape '\(name)' must be positive",
          at: values["semi_axes"]!.range)
        return nil
      }
      return .ellipse(center: center[0], semiAxes: axes[0])
    case .annulus:
      guard let center = points([values["center"]!], of: name, key: "center", dimension: 2),
        let inner = positive("inner"), let outer = positive("outer")
      else { return nil }
      guard inner < outer else {
        diagnostics.error(
          .invalidValue, "the annulus '\(name)' needs inner < outer; got \(inner) and \(outer)",
          at: values["inner"]!.range)
        return nil
      }
      return .annulus(center: center[0], inner: inner, outer: outer)
    case .triangle, .polygon:
      let written = values["vertices"]!
      guard let vertices = points(written, of: name, key: "vertices", dimension: 2) else {
        return nil
      }
      if kind == .triangle ? vertices.count != 3 : vertices.count < 3 {
        diagnostics.error(
          .invalidValue,
          "the \(kind.rawValue) '\(name)' has \(vertices.count) vertices; it needs "
            + (kind == .triangle ? "3" : "at least 3"), at: written.range)
        return nil
      }
      if let problem = PolygonSimplicity.problem(vertices) {
        var range = written.range
        if case .list(let items) = written.value, items.count == vertices.count {
          range = items[problem.edges.0].range.union(
            items[(problem.edges.0 + 1) % items.count].range)
        }
        diagnostics.error(
          .invalidValue, "the \(kind.rawValue) '\(name)' is not simple: \(problem.message)",
          at: range)
        return nil
      }
      return .polygon(vertices: vertices)
    }
  }

  private mutating func box(
    lower: [Double], upper: [Double], name: String, at value: Located<SettingValue>
  ) -> CheckedShape? {
    guard zip(lower, upper).allSatisfy({ $0 < $1 }) else {
      diagnostics.error(
        .emptyRange,
        "shape '\(name)' has lower corner \(lower) and upper corner \(upper); every lower "
          + "coordinate must be below the upper one", at: value.range)
      return nil
    }
    return .box(lower: lower, upper: upper)
  }

  private mutating func number(_ value: Located<SettingValue>, of name: String, key: String)
    -> Double?
  {
    guard case .number(let number) = value.value else {
      diagnostics.error(
        .settingType,
        "the \(key) of shape '\(name)' must be a number, found \(value.value.typeName)",
        at: value.range)
      return nil
    }
    return number
  }

  /// A list of points of `dimension` numbers each, from a list of lists (or, given as a
  /// one-element array of a flat list, one point).
  private mutating func points(
    _ value: Located<SettingValue>, of name: String, key: String, dimension: Int
  ) -> [[Double]]? {
    guard case .list(let items) = value.value else {
      diagnostics.error(
        .settingType, "the \(key) of shape '\(name)' must be a list of points",
        at: value.range)
      return nil
    }
    var result: [[Double]] = []
    for item in items {
      guard case .list(let coordinates) = item.value, coordinates.count == dimension,
        case let numbers = coordinates.compactMap({ coordinate -> Double? in
          if case .number(let number) = coordinate.value { return number }
          return nil
        }), numbers.count == dimension
      else {
        diagnostics.error(
          .settingType,
          "the \(key) of shape '\(name)' needs points of \(dimension) numbers, such as "
            + "[\(Array(repeating: "0", count: dimension).joined(separator: ", "))]",
          at: item.range)
        return nil
      }
      result.append(numbers)
    }
    return result
  }

  /// Wraps a single list (`center: [0, 0]`) as one point.
  private mutating func points(
    _ values: [Located<SettingValue>], of name: String, key: String, dimension: Int
  ) -> [[Double]]? {
    let wrapped = Located(SettingValue.list(values), at: values[0].range)
    return points(wrapped, of: name, key: key, dimension: dimension)
  }
}
