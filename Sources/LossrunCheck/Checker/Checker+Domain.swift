import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks the `domain`: each shape's arguments and dimension, the combination's names and
  /// operators, and (lint) combinations that leave nothing: an empty difference, a hole outside
  /// its parent, an empty intersection.
  mutating func checkDomain() {
    guard let declaration = spec.domain else { return }
    let dimension = inputs.count { !$0.isTime }
    var shapes: [String: CheckedShape] = [:]
    for shape in declaration.shapes {
      if let checked = checkShape(shape, dimension: dimension) {
        shapes[shape.name.value] = .named(shape.name.value, checked)
      }
    }
    guard shapes.count == declaration.shapes.count else { return }
    let combined: CheckedShape?
    if let combination = declaration.combination {
      combined = combine(combination, shapes: shapes, names: declaration.shapes.map(\.name.value))
    } else if declaration.shapes.count == 1 {
      combined = shapes[declaration.shapes[0].name.value]
    } else {
      diagnostics.error(
        .missingKey,
        "the domain declares \(declaration.shapes.count) shapes but not how they combine; add "
          + "`shape: \(declaration.shapes.map(\.name.value).joined(separator: " - "))` "
          + "(text: `domain ...`)", at: declaration.range)
      combined = nil
    }
    guard let combined else { return }
    domain = CheckedDomain(shape: combined, range: declaration.range)
  }

  /// The combination written as an expression over shape names: + union, - difference,
  /// * intersection; nil after errors. Lints each difference and intersection for emptiness.
  private mutating func combine(
    _ expression: Expression, shapes: [String: CheckedShape], names: [String]
  ) -> CheckedShape? {
    switch expression.kind {
    case .name(let name):
      if let shape = shapes[name] { return shape }
      diagnostics.error(
        .undefinedName,
        "unknown shape '\(name)'\(Suggestion.didYouMean(name, in: names)) (shapes: "
          + names.joined(separator: ", ") + ")", at: expression.range)
      return nil
    case .binary(let operation, let left, let right)
    where [.add, .subtract, .multiply].contains(operation):
      let first = combine(left, shapes: shapes, names: names)
      let second = combine(right, shapes: shapes, names: names)
      guard let first, let second else { return nil }
      switch operation {
      case .add: return .union(first, second)
      case .subtract:
        let shape = CheckedShape.difference(first, second)
        if !ShapeProbe.hasInterior(.intersection(first, second)) {
          diagnostics.error(
            .emptyRegion,
            "the hole \(right) lies outside \(left): the difference removes nothing",
            at: right.range)
          return nil
        }
        if !ShapeProbe.hasInterior(shape) {
          diagnostics.error(
            .emptyRegion, "the difference \(expression) is empty: \(right) covers \(left)",
            at: expression.range)
          return nil
        }
        return shape
      default:
        let shape = CheckedShape.intersection(first, second)
        if !ShapeProbe.hasInterior(shape) {
          diagnostics.error(
            .emptyRegion, "the intersection \(expression) is empty: the shapes do not overlap",
            at: expression.range)
          return nil
        }
        return shape
      }
    default:
      diagnostics.error(
        .invalidValue,
        "a domain combines shape names with + (union), - (difference) and * (intersection); "
          + "found \(expression)", at: expression.range)
      return nil
    }
  }
}
