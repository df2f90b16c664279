/// A data file's points and data columns, read and checked at lint time.
package struct CheckedDataFile: Hashable, Sendable {
  /// The path read (resolved against the spec's directory).
  package internal(set) var path: String
  /// The number of rows.
  package internal(set) var rowCount: Int
  /// The points, `rowCount × inputs` coordinates row-major in input order.
  package internal(set) var points: [Double]
  /// The names of the columns that are not inputs, in file order.
  package internal(set) var dataColumns: [String]
  /// Per data column, its value on every row.
  package internal(set) var values: [[Double]]
  /// Rows drawn per step; nil means every row.
  package internal(set) var batch: Int?
}
