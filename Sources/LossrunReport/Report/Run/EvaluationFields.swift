/// The field grids of an `evaluation.csv` (see ``EvaluationTable``), laid out for the report.
///
/// The outputs are the columns `u` that have a `u_exact` column beside them; the inputs are the
/// columns that belong to no output. The points must lie on a regular grid (every combination
/// of each input's distinct values exactly once, in any order), as `evaluate: grid:` gives, or
/// on such a grid with cells left out (the grid's points outside a declared domain; see
/// ``RegularGrid``), whose cells are drawn as missing:
/// - 1 input: one line plot per output over it;
/// - 2 inputs: one heat map per output over (first, second), except that an input named `t` is
///   always the vertical axis, so a space-time problem is a map over (x, t);
/// - 3 inputs: three 2D slices per output, each over the other two inputs, of the input named
///   `t` at its first, middle and last grid value (start, middle, end), or else of the last
///   input at a quarter, half and three quarters of its grid (inside the domain, where boundary
///   data do not decide the values);
/// - points that are not on a grid (a reference file of scattered points): for 1 input the
///   same line plots (the points sorted along the input), for 2 inputs a scatter of the error
///   per output (``ScatterField``, axes as for a map), for 3 a note; each output's line or
///   scatter keeps only the points where it has a reference value (a reference file may leave
///   an output's cell empty);
/// - more inputs: no fields, and a note saying why (the errors are still in the summary and
///   the metrics).
package struct EvaluationFields: Sendable {
  /// The fields, per output in column order (per slice, for 3 inputs).
  package var fields: [FieldGrid] = []
  /// The error at scattered points in a plane, per output.
  package var scatterFields: [ScatterField] = []
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
    if inputs.count == 1 {
      fields = Self.lines(table, input: inputs[0], outputs: outputs)
      return
    }
    guard let grid = RegularGrid(table: table, inputs: inputs) else {
      if inputs.count == 2 {
        scatterFields = Self.scatters(table, inputs: inputs, outputs: outputs)
        notes.append(
          "evaluation.csv: the \(table.rows.count) points are not on a regular grid, so the "
            + "error is drawn at each point")
      } else {
        notes.append(
          "evaluation.csv: the \(table.rows.count) points are not on a regular grid, so no "
            + "maps are drawn; the errors are in the summary and the metrics")
      }
      return
    }
    for output in outputs {
      let values = [output, output + "_exact", output + "_error"].map { grid.values(of: $0) }
      fields += grid.fields(
        name: output, prediction: values[0], exact: values[1], error: values[2])
    }
  }

  /// Per output, a line over the one input, the points sorted along it (those where the
  /// output has a reference value).
  static func lines(_ table: MetricsTable, input: String, outputs: [String]) -> [FieldGrid] {
    let xs = column(input, of: table)
    let sorted = xs.indices.sorted { xs[$0] < xs[$1] || (xs[$0] == xs[$1] && $0 < $1) }
    return outputs.map { output in
      let known = Set(rowsWithReference(output, of: table))
      let order = sorted.filter(known.contains)
      let values = [output, output + "_exact", output + "_error"].map { name in
        let all = column(name, of: table)
        return order.map { all[$0] }
      }
      return FieldGrid(
        name: output, xName: input, xs: order.map { xs[$0] }, prediction: values[0],
        exact: values[1], error: values[2])
    }
  }

  /// Per output, the error at the points over the two inputs (an input named `t` vertical),
  /// at the points where the output has a reference value.
  static func scatters(_ table: MetricsTable, inputs: [String], outputs: [String])
    -> [ScatterField]
  {
    let timeFirst = inputs[0] == "t" && inputs[1] != "t"
    let (horizontal, vertical) = timeFirst ? (inputs[1], inputs[0]) : (inputs[0], inputs[1])
    let (xs, ys) = (column(horizontal, of: table), column(vertical, of: table))
    return outputs.map { output in
      let rows = rowsWithReference(output, of: table)
      let error = column(output + "_error", of: table)
      return ScatterField(
        name: output, xName: horizontal, yName: vertical, xs: rows.map { xs[$0] },
        ys: rows.map { ys[$0] }, error: rows.map { error[$0] })
    }
  }

  /// The rows whose `OUTPUT_exact` cell is filled: every row, except where a reference file
  /// gave no value of the output (``EvaluationTable`` leaves the cell empty).
  static func rowsWithReference(_ output: String, of table: MetricsTable) -> [Int] {
    guard let index = table.index(of: output + "_exact") else { return [] }
    return table.rows.indices.filter { table.rows[$0][index] != nil }
  }

  /// The column `name`'s values, NaN where missing or when there is no such column.
  static func column(_ name: String, of table: MetricsTable) -> [Double] {
    guard let index = table.index(of: name) else {
      return [Double](repeating: .nan, count: table.rows.count)
    }
    return table.rows.map { $0[index] ?? .nan }
  }
}
