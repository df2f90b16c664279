/// The field grids of an `evaluation.csv` (see ``EvaluationTable``), laid out for the report.
///
/// The outputs are the columns `u` that have a `u_exact` column beside them; the inputs are the
/// columns that belong to no output. The points must lie on a regular grid (every combination
/// of each input's distinct values exactly once, in any order), as `evaluate: grid:` gives:
/// - 1 input: one line plot per output over it;
/// - 2 inputs: one heat map per output over (first, second), except that an input named `t` is
///   always the vertical axis, so a space-time problem is a map over (x, t);
/// - 3 inputs: three 2D slices per output, each over the other two inputs, of the input named
///   `t` at its first, middle and last grid value (start, middle, end), or else of the last
///   input at a quarter, half and three quarters of its grid (inside the domain, where boundary
///   data do not decide the values);
/// - more inputs, or points that are not on a grid (a reference file of scattered points): no
///   fields, and a note saying why (the errors are still in the summary and the metrics).
package struct EvaluationFields: Sendable {
  /// The fields, per output in column order (per slice, for 3 inputs).
  package var fields: [FieldGrid] = []
  /// Why fields are missing, one line each.
  package var notes: [String] = []

  /// The fields of the CSV text of an evaluation file.
  package init(csv text: String) {
    let table = MetricsTable(csv: text)
    notes = table.notes.map { "evaluation.csv: " + $0 }
    let columns = table.columns
    let outputs = columns.filter { columns.contains($0 + "_exact") }
    let claimed = Set(outputs.flatMap { [$0, $0 + "_exact", $0 + "_error"] })
    let inputs = columns.filter { !claimed.contains($0) }
    guard !outputs.isEmpty, !inputs.isEmpty, !table.rows.isEmpty else {
      notes.append("evaluation.csv: no evaluated outputs or no points; no fields to draw")
      return
    }
    guard inputs.count <= 3 else {
      notes.append(
        "evaluation.csv: fields of \(inputs.count) inputs are not drawn (1 to 3 are)")
      return
    }
    guard let grid = RegularGrid(table: table, inputs: inputs) else {
      notes.append(
        "evaluation.csv: the \(table.rows.count) points are not on a regular grid, so no "
          + "maps are drawn; the errors are in the summary and the metrics")
      return
    }
    for output in outputs {
      let values = [output, output + "_exact", output + "_error"].map { grid.values(of: $0) }
      fields += grid.fields(
        name: output, prediction: values[0], exact: values[1], error: values[2])
    }
  }
}
