/// Comparison of expressions by shape, ignoring where they were written.
extension Expression {
  /// Whether `other` has the same tree as this expression: same operators, names, calls and
  /// numbers in the same places, whatever their source ranges.
  public func isStructurallyEqual(to other: Expression) -> Bool {
    switch (kind, other.kind) {
    case (.number(let a), .number(let b)):
      return a == b
    case (.name(let a), .name(let b)):
      return a == b
    case (.unary(let opA, let a), .unary(let opB, let b)):
      return opA == opB && a.isStructurallyEqual(to: b)
    case (.binary(let opA, let leftA, let rightA), .binary(let opB, let leftB, let rightB)):
      return opA == opB && leftA.isStructurallyEqual(to: leftB)
        && rightA.isStructurallyEqual(to: rightB)
    case (.call(let nameA, _, let argsA), .call(let nameB, _, let argsB)):
      return nameA == nameB && argsA.count == argsB.count
        && zip(argsA, argsB).allSatisfy { $0.isStructurallyEqual(to: $1) }
    case (.evaluation(let nameA, _, let atA), .evaluation(let nameB, _, let atB)):
      return nameA == nameB && atA.count == atB.count
        && zip(atA, atB).allSatisfy {
          $0.input == $1.input && $0.value.isStructurallyEqual(to: $1.value)
        }
    default:
      return false
    }
  }
}
