/// The columns of a metrics table sorted into what the report draws, found by the prefixes of
/// ``MetricsColumns`` (`loss_t`, `weight_t`, `grad_mean_abs_t`, `grad_max_abs_t`,
/// `grad_norm_t`, `rel_l2_e`, `max_error_e`, `param_p`) and by the gradient-conflict columns
/// (`cos_a_b`, `alignment`, `update_cos_t`); anything else is kept as ``others`` so that new
/// columns are still shown.
public struct MetricsColumnGroups: Sendable {
  /// The term names, from the `loss_` columns.
  public let terms: [String]
  /// The evaluation names, from the `rel_l2_` and `max_error_` columns.
  public let evaluations: [String]
  /// The learnable parameters' names, from the `param_` columns.
  public let parameters: [String]
  /// The `cos_*` columns, whole names.
  public let cosines: [String]
  /// The `update_cos_*` columns, whole names.
  public let updateCosines: [String]
  /// Whether there is an `alignment` column.
  public let hasAlignment: Bool
  /// Whether the learning rate varies (only then is it worth a chart).
  public let learningRateVaries: Bool
  /// Columns none of the above claims, whole names.
  public let others: [String]

  /// The per-term statistics drawn, as (column prefix, chart title, y label).
  public static let gradientStatistics = [
    ("grad_mean_abs_", "Gradient mean |g| per term", "mean |g|"),
    ("grad_max_abs_", "Gradient max |g| per term", "max |g|"),
    ("grad_norm_", "Gradient norm ‖g‖ per term", "‖g‖"),
  ]

  /// Sorts the columns of `table`.
  public init(_ table: MetricsTable) {
    let termNames = table.names(withPrefix: "loss_")
    var evaluationNames: [String] = []
    for name in table.names(withPrefix: "rel_l2_") + table.names(withPrefix: "max_error_")
    where !evaluationNames.contains(name) {
      evaluationNames.append(name)
    }
    terms = termNames
    evaluations = evaluationNames
    parameters = table.names(withPrefix: MetricsColumns.parameterPrefix)
    cosines = table.columns.filter { $0.hasPrefix("cos_") }
    updateCosines = table.columns.filter { $0.hasPrefix("update_cos_") }
    hasAlignment = table.columns.contains("alignment")
    let rates = table.series(y: "lr").ys.filter(\.isFinite)
    learningRateVaries = Set(rates).count > 1
    var claimed: Set<String> = ["step", "elapsed", "lr", "alignment"]
    claimed.formUnion(cosines)
    claimed.formUnion(updateCosines)
    claimed.formUnion(parameters.map { MetricsColumns.parameterPrefix + $0 })
    for term in termNames {
      claimed.formUnion(
        ["loss_", "weight_", "grad_mean_abs_", "grad_max_abs_", "grad_norm_"].map { $0 + term })
    }
    for evaluation in evaluationNames {
      claimed.formUnion(["rel_l2_" + evaluation, "max_error_" + evaluation])
    }
    others = table.columns.filter { !claimed.contains($0) }
  }
}
