import LossrunCheck
import LossrunDiagnostics

/// The first loss that became NaN or infinite, which stops a run: nothing trained after it
/// would mean anything. The run still writes its outputs, with that step's metrics row last
/// but one (the final row measures the parameters it stopped at).
public struct NonFiniteLoss: Hashable, Sendable {
  /// The step whose pass produced it.
  public var step: Int
  /// The term's index (in `CheckedSpec.terms`).
  public var term: Int
  /// The term's name.
  public var termName: String
  /// The value: NaN, +∞ or −∞.
  public var value: Double

  /// Creates a record of a non-finite loss.
  package init(step: Int, term: Int, termName: String, value: Double) {
    self.step = step
    self.term = term
    self.termName = termName
    self.value = value
  }

  /// The stable id of the diagnostic.
  public static let diagnosticID: DiagnosticID = "non-finite-loss"

  /// An error at the term's first residual in `spec` (the checked spec the run trained), or at
  /// the file when `spec` has no such term.
  public func diagnostic(path: String, spec: CheckedSpec?) -> Diagnostic {
    let declaration = spec.flatMap { $0.terms.indices.contains(term) ? $0.terms[term] : nil }
    let range = declaration?.residualRanges.first ?? declaration?.range
    let what = value.isNaN ? "NaN" : value > 0 ? "+infinity" : "-infinity"
    return Diagnostic(
      .error, Self.diagnosticID,
      "the loss of term '\(termName)' became \(what) at step \(step); training stopped there "
        + "(outputs written). Look for log, sqrt or pow of negative values, divisions by zero, "
        + "or a learning rate or weight so large that training diverged",
      path: path, at: range)
  }
}
