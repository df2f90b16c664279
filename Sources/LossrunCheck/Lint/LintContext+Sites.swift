import LossrunDiagnostics
import LossrunSpec

extension LintContext {
  /// Where `written` (a short-form derivative such as `u_tt`, or `lap(u)`) appears in the
  /// residual written at `residual`; the whole residual when it is not written there (it comes
  /// from a definition, or is spelt `d(u, t, 2)`).
  func site(of written: String, in residual: SourceRange) -> SourceRange {
    let expression = spec.terms.lazy.flatMap(\.residuals).first { $0.range == residual }
    return expression.flatMap { Self.find(written, in: $0) } ?? residual
  }

  private static func find(_ written: String, in expression: Expression) -> SourceRange? {
    switch expression.kind {
    case .number: return nil
    case .name(let name): return name == written ? expression.range : nil
    case .unary(_, let operand): return find(written, in: operand)
    case .binary(_, let left, let right):
      return find(written, in: left) ?? find(written, in: right)
    case .call(let name, _, let arguments):
      if written.hasPrefix(name + "("), arguments.count == 1,
        case .name(let argument) = arguments[0].kind, written == "\(name)(\(argument))"
      {
        return expression.range
      }
      return arguments.lazy.compactMap { find(written, in: $0) }.first
    case .evaluation(_, _, let bindings):
      return bindings.lazy.compactMap { find(written, in: $0.value) }.first
    }
  }
}
