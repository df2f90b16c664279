import LossrunCheck

/// A reference solution read from the CSV file the spec's evaluation names (see
/// `CSVFile` for the format): the spec's points and the values of the outputs the header
/// names.
struct ReferenceTable {
  /// The evaluated outputs (network indices), in network order.
  let outputs: [Int]
  /// The points, row-major.
  let points: [Double]
  /// The number of points.
  let count: Int
  /// Per evaluated output, its values; nil where the file leaves the output's cell empty.
  let values: [[Double?]]

  /// Reads `reference.resolvedPath`; a failure is located at the spec's `reference:` value.
  init(reference: CheckedEvaluation.Reference, spec: CheckedSpec) throws {
    do throws(CSVFile.Failure) {
      let table = try CSVFile(path: reference.resolvedPath).table(
        inputs: spec.inputs.map(\.name), outputs: spec.network.outputs)
      outputs = table.outputs
      points = table.points
      count = table.count
      values = table.values
    } catch {
      throw TrainingError(error.message, at: reference.range)
    }
  }
}
