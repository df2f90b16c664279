extension ReportPage {
  /// Summary keys shown in their own tables or rows rather than in the list of other keys.
  static let structuredSummaryKeys: Set<String> = [
    "spec", "steps", "seconds", "steps_per_second", "final_losses", "final_weights",
    "parameters",
  ]

  /// The summary of one run: an overview, the terms' final values, the errors per output, the
  /// learned parameters, and every other summary key (flattened, `settings.seed`).
  static func summaryTables(_ run: RunRecord) -> String {
    let summary = run.summary
    let groups = MetricsColumnGroups(run.metrics)
    var overview: [[HTMLTable.Cell]] = [
      [.init("spec"), .init(run.specName)],
      [.init("run"), .init(run.name)],
    ]
    let steps = summary["steps"]?.number ?? run.metrics.lastValue(of: "step")
    let seconds = summary["seconds"]?.number ?? run.metrics.lastValue(of: "elapsed")
    overview.append([.init("steps"), .number(steps)])
    overview.append([.init("seconds"), .number(seconds)])
    let rate =
      summary["steps_per_second"]?.number
      ?? steps.flatMap { steps in seconds.flatMap { $0 > 0 ? steps / $0 : nil } }
    overview.append([.init("steps per second"), .number(rate)])
    for (key, value) in flattened(summary.entries.filter { !structuredSummaryKeys.contains($0.0) })
    {
      overview.append([
        .init(key),
        value.number.map { .number($0) } ?? HTMLTable.Cell(value.displayText, isNumeric: false),
      ])
    }
    var tables = [HTMLTable(header: [], rows: overview, className: "overview").markup]

    let losses = summary["final_losses"]
    let weights = summary["final_weights"]
    let termNames = groups.terms.isEmpty ? (losses?.entries.map(\.0) ?? []) : groups.terms
    if !termNames.isEmpty {
      let rows = termNames.map { term -> [HTMLTable.Cell] in
        [
          .init(term),
          .number(losses?[term]?.number ?? run.metrics.lastValue(of: "loss_" + term)),
          .number(weights?[term]?.number ?? run.metrics.lastValue(of: "weight_" + term)),
        ]
      }
      tables.append(HTMLTable(header: ["term", "final loss", "final weight"], rows: rows).markup)
    }
    if !groups.evaluations.isEmpty {
      let rows = groups.evaluations.map { evaluation -> [HTMLTable.Cell] in
        [
          .init(evaluation), .number(run.metrics.lastValue(of: "rel_l2_" + evaluation)),
          .number(run.metrics.lastValue(of: "max_error_" + evaluation)),
          .number(lastStep(of: "rel_l2_" + evaluation, in: run.metrics)),
        ]
      }
      tables.append(
        HTMLTable(header: ["output", "relative L2", "max error", "at step"], rows: rows).markup)
    }
    if let parameters = learnedParameterTable(run) { tables.append(parameters) }
    return "<div class=\"tables\">" + tables.joined() + "</div>" + notesList(run.notes)
  }

  /// The learned parameters' initial and final values, from the summary's `parameters` or else
  /// the first and last values of the `param_` columns; nil without learned parameters.
  static func learnedParameterTable(_ run: RunRecord) -> String? {
    let recorded = run.summary["parameters"]
    var names = MetricsColumnGroups(run.metrics).parameters
    if names.isEmpty { names = recorded?.entries.map(\.0) ?? [] }
    guard !names.isEmpty else { return nil }
    let rows = names.map { name -> [HTMLTable.Cell] in
      let column = run.metrics.series(y: MetricsColumns.parameterPrefix + name).ys
      return [
        .init(name),
        .number(recorded?[name]?["initial"]?.number ?? column.first),
        .number(recorded?[name]?["final"]?.number ?? column.last),
      ]
    }
    return HTMLTable(header: ["parameter", "initial", "final"], rows: rows).markup
  }

  /// The step of the last row where `column` is present.
  static func lastStep(of column: String, in table: MetricsTable) -> Double? {
    let points = table.series(y: column)
    return points.xs.last
  }

  /// Nested objects flattened to dotted keys, in order.
  static func flattened(_ entries: [(String, SummaryValue)], prefix: String = "")
    -> [(String, SummaryValue)]
  {
    entries.flatMap { key, value -> [(String, SummaryValue)] in
      if case .object(let inner) = value, !inner.isEmpty {
        return flattened(inner, prefix: prefix + key + ".")
      }
      return [(prefix + key, value)]
    }
  }
}
