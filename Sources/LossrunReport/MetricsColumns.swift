import Foundation

/// The columns of `metrics.csv`.
///
/// `step, elapsed, lr`, then for each term t: `loss_t, weight_t, grad_mean_abs_t,
/// grad_max_abs_t, grad_norm_t`, then for each evaluation e: `rel_l2_e, max_error_e`, then,
/// with two or more terms, the gradient-conflict diagnostics: `cos_A_B` for each pair of terms (A
/// before B in term order), `alignment`, and `update_cos_t` for each term; then the per-point
/// rule's columns, when the spec has one (``pointWeightNames``: `causal_epsilon`,
/// `causal_w0`…; `rba_mean_t`, `rba_max_t`; `sa_mean_t`, `sa_max_t`; then
/// `unweighted_loss_t` for each weighted term, whose `loss_t` is the point-weighted loss); then
/// `param_p` for each learnable spec parameter p, in spec order (``parameterNames``): its value
/// at the parameters the row's losses were measured at (fixed parameters never change, so they
/// have no column).
///
/// The diagnostics come last so that readers of the older columns keep their column indices. They
/// are filled on log steps (from the per-term pass, where the Gramian of the term gradients is
/// formed); `update_cos_t` is the cosine between the combined gradient the optimizer receives
/// (for Adam and SGD the gradient, not Adam's rescaled step) and term t's gradient, and is blank
/// on the final row, which has no update.
public struct MetricsColumns: Hashable, Sendable {
  /// The loss terms' names, in order.
  public let termNames: [String]
  /// The evaluations' names, in order.
  public let evaluationNames: [String]
  /// The per-point rule's columns, last (empty without a per-point rule).
  public let pointWeightNames: [String]
  /// The learnable spec parameters' names, in spec order (empty without any).
  public let parameterNames: [String]

  /// The prefix of a learnable parameter's column (`param_kappa`).
  public static let parameterPrefix = "param_"

  /// Creates the columns for the given terms, evaluations, per-point rule columns and learnable
  /// parameters.
  public init(
    termNames: [String], evaluationNames: [String] = [], pointWeightNames: [String] = [],
    parameterNames: [String] = []
  ) {
    self.termNames = termNames
    self.evaluationNames = evaluationNames
    self.pointWeightNames = pointWeightNames
    self.parameterNames = parameterNames
  }

  /// Whether the gradient-conflict columns are present (two or more terms).
  public var hasConflictColumns: Bool { termNames.count >= 2 }

  /// The column names in order.
  public var names: [String] {
    var names = ["step", "elapsed", "lr"]
    for term in termNames {
      names += ["loss", "weight", "grad_mean_abs", "grad_max_abs", "grad_norm"].map {
        "\($0)_\(term)"
      }
    }
    for evaluation in evaluationNames {
      names += ["rel_l2_\(evaluation)", "max_error_\(evaluation)"]
    }
    if hasConflictColumns {
      for (i, a) in termNames.enumerated() {
        for b in termNames[(i + 1)...] { names.append("cos_\(a)_\(b)") }
      }
      names.append("alignment")
      names += termNames.map { "update_cos_\($0)" }
    }
    return names + pointWeightNames + parameterNames.map { Self.parameterPrefix + $0 }
  }

  /// The header line (with its newline).
  public var header: String { names.map(Self.field).joined(separator: ",") + "\n" }

  /// The CSV line of `row` (with its newline).
  public func line(for row: MetricsRow) -> String {
    var cells = [
      String(row.step), MetricsNumber.format(row.elapsedSeconds),
      MetricsNumber.format(row.learningRate),
    ]
    for term in termNames.indices {
      cells.append(Self.cell(row.losses, term))
      cells.append(Self.cell(row.weights, term))
      cells.append(Self.cell(row.meanAbsGradient, term))
      cells.append(Self.cell(row.maxAbsGradient, term))
      cells.append(Self.cell(row.gradientNorm, term))
    }
    for evaluation in evaluationNames.indices {
      cells.append(Self.cell(row.relativeL2 ?? [], evaluation))
      cells.append(Self.cell(row.maxError ?? [], evaluation))
    }
    if hasConflictColumns {
      let pairCount = termNames.count * (termNames.count - 1) / 2
      for pair in 0..<pairCount { cells.append(Self.cell(row.pairCosines, pair)) }
      cells.append(row.alignment.map(MetricsNumber.format) ?? "")
      for term in termNames.indices { cells.append(Self.cell(row.updateCosines, term)) }
    }
    for index in pointWeightNames.indices { cells.append(Self.cell(row.pointWeightValues, index)) }
    for index in parameterNames.indices { cells.append(Self.cell(row.parameterValues, index)) }
    return cells.joined(separator: ",") + "\n"
  }

  /// The formatted entry `index` of `values`, or an empty cell when it is missing.
  private static func cell(_ values: [Double], _ index: Int) -> String {
    values.indices.contains(index) ? MetricsNumber.format(values[index]) : ""
  }

  /// A CSV field, quoted (with doubled quotes) when it holds a comma, quote or line break.
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
