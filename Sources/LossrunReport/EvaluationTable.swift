/// The trained network's values at the evaluation points, as a run writes them to
/// `evaluation.csv`.
///
/// One row per evaluation point. The columns are the inputs, in spec order, then per evaluated
/// output `u`: `u` (the prediction), `u_exact` (the exact or reference value) and `u_error`
/// (prediction − exact); `u_exact` and `u_error` are empty at a point where the reference file
/// gives no value of `u`. Numbers are written as in `metrics.csv` (``MetricsNumber``: shortest
/// round-trip text), so reading the file back gives the same doubles and the errors recomputed
/// from it equal the run's.
package struct EvaluationTable: Sendable {
  /// The input names, in spec order.
  package var inputNames: [String]
  /// The evaluated outputs' names.
  package var outputNames: [String]
  /// The points, row-major, `count × inputNames.count`.
  package var points: [Double]
  /// Per output, the prediction at each point.
  package var predictions: [[Double]]
  /// Per output, the exact or reference value at each point; nil where there is none.
  package var expected: [[Double?]]

  /// Creates a table; every output array holds one value per point.
  package init(
    inputNames: [String], outputNames: [String], points: [Double], predictions: [[Double]],
    expected: [[Double?]]
  ) {
    self.inputNames = inputNames
    self.outputNames = outputNames
    self.points = points
    self.predictions = predictions
    self.expected = expected
  }

  /// The number of points.
  package var count: Int { inputNames.isEmpty ? 0 : points.count / inputNames.count }

  /// The column names: the inputs, then `u`, `u_exact`, `u_error` per output.
  package var columns: [String] {
    inputNames + outputNames.flatMap { [$0, $0 + "_exact", $0 + "_error"] }
  }

  /// The CSV text: a header line, then one line per point.
  package var csv: String {
    var text = columns.joined(separator: ",") + "\n"
    let width = inputNames.count
    var cells: [String] = []
    cells.reserveCapacity(columns.count)
    for point in 0..<count {
      cells.removeAll(keepingCapacity: true)
      for axis in 0..<width { cells.append(MetricsNumber.format(points[point * width + axis])) }
      for output in outputNames.indices {
        let predicted = predictions[output][point]
        cells.append(MetricsNumber.format(predicted))
        if let exact = expected[output][point] {
          cells.append(MetricsNumber.format(exact))
          cells.append(MetricsNumber.format(predicted - exact))
        } else {
          cells.append(contentsOf: ["", ""])
        }
      }
      text += cells.joined(separator: ",") + "\n"
    }
    return text
  }

  /// Writes the CSV text atomically to `path`.
  package func write(to path: String) throws(ReportError) {
    try AtomicFile.write(csv, to: path)
  }
}
