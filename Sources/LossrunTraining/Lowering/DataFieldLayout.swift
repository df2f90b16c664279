/// Where a file sampler's data columns live in its engine point set.
///
/// The engine's per-point vector fields have one component per input, so the data columns are
/// packed into consecutive fields from `firstField` on: column `c` is component `c % inputs`
/// of field `firstField + c / inputs`; unused components of the last field stay zero.
package struct DataFieldLayout: Hashable, Sendable {
  /// The number of data columns.
  package var columns: Int
  /// Components per vector field (the spec's input count).
  package var inputs: Int
  /// The first vector field holding data (after the normals, if any).
  package var firstField: Int

  /// The vector fields the data occupies.
  package var fieldCount: Int { columns == 0 ? 0 : (columns + inputs - 1) / inputs }

  /// The field and component of data column `column`.
  package func slot(of column: Int) -> (field: Int, component: Int) {
    (firstField + column / inputs, column % inputs)
  }

  /// Writes the data of the points `rows` (row indices into `values`' columns) into one buffer
  /// per field, each `rows.count × inputs` values row-major, reusing `fields`.
  package func fill<S: BinaryFloatingPoint>(
    _ fields: inout [[S]], values: [[Double]], rows: [Int]
  ) {
    let count = rows.count
    if fields.count != fieldCount || fields.first?.count != count * inputs {
      fields = Array(repeating: Array(repeating: 0, count: count * inputs), count: fieldCount)
    }
    for column in 0..<columns {
      let (field, component) = slot(of: column)
      let source = values[column]
      for (point, row) in rows.enumerated() {
        fields[field - firstField][point * inputs + component] = S(source[row])
      }
    }
  }
}
