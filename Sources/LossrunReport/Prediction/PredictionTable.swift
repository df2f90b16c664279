/// The values of a trained network at a set of points, as `lossrun predict` writes them: a
/// column per input and a column per value.
///
/// Written as CSV (``csvText()``: a header row of names, then one row per point, which pandas
/// reads directly) or as a legacy VTK file for ParaView (``vtkText(title:)``: image data for a
/// grid, polydata with one vertex per point otherwise).
package struct PredictionTable: Sendable {
  /// The layout of points that form a grid.
  package struct Grid: Sendable, Equatable {
    /// The number of values per input.
    package var counts: [Int]
    /// The first value of each input.
    package var origin: [Double]
    /// The distance between neighbouring values of each input.
    package var spacing: [Double]

    /// Creates a grid layout; the points are ordered with the last input varying fastest.
    package init(counts: [Int], origin: [Double], spacing: [Double]) {
      self.counts = counts
      self.origin = origin
      self.spacing = spacing
    }
  }

  /// The input columns' names, in the spec's order.
  package var inputNames: [String]
  /// The value columns' names.
  package var valueNames: [String]
  /// The points, row-major, one coordinate per input.
  package var points: [Double]
  /// The number of points.
  package var count: Int
  /// One array of `count` values per value column.
  package var values: [[Double]]
  /// The precision the values were computed in; float32 values are written in their shortest
  /// float32 form.
  package var precision: ParameterFile.Precision
  /// The grid the points form, when they are a grid.
  package var grid: Grid?

  /// Creates a table.
  package init(
    inputNames: [String], valueNames: [String], points: [Double], count: Int,
    values: [[Double]], precision: ParameterFile.Precision, grid: Grid? = nil
  ) {
    self.inputNames = inputNames
    self.valueNames = valueNames
    self.points = points
    self.count = count
    self.values = values
    self.precision = precision
    self.grid = grid
  }

  /// A coordinate as text: Swift's shortest round-trip form of the Double.
  static func coordinateText(_ value: Double) -> String { value.description }

  /// A value as text, in the shortest form that reads back to the same number in the table's
  /// precision.
  func valueText(_ value: Double) -> String {
    precision == .float32 ? Float(value).description : value.description
  }

  /// The CSV text: a header of column names (quoted when they hold a comma or a quote), then a
  /// row per point, every line ending in `\n`.
  package func csvText() -> String {
    var text = (inputNames + valueNames).map(Self.csvField).joined(separator: ",") + "\n"
    let inputCount = inputNames.count
    for point in 0..<count {
      var fields: [String] = []
      fields.reserveCapacity(inputCount + values.count)
      for input in 0..<inputCount {
        fields.append(Self.coordinateText(points[point * inputCount + input]))
      }
      for column in values { fields.append(valueText(column[point])) }
      text += fields.joined(separator: ",")
      text += "\n"
    }
    return text
  }

  /// `name` as one CSV field (RFC 4180 quoting when needed).
  static func csvField(_ name: String) -> String {
    guard name.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return name }
    return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
