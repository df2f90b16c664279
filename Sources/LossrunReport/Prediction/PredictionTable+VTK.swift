extension PredictionTable {
  /// The legacy VTK text (version 3.0, ASCII), or nil with more than three inputs, which VTK's
  /// point coordinates cannot hold.
  ///
  /// A grid is `STRUCTURED_POINTS` (image data) with `DIMENSIONS`, `ORIGIN` and `SPACING` of
  /// three axes, the first input first (missing axes have one value); other points are
  /// `POLYDATA` with one vertex per point (missing coordinates are 0). Every value column is one
  /// `POINT_DATA` scalar named after the column (white space replaced by `_`), of type `float` or
  /// `double` as the table's precision.
  package func vtkText(title: String) -> String? {
    let inputCount = inputNames.count
    guard (1...3).contains(inputCount) else { return nil }
    let header = title.filter { !$0.isNewline }.prefix(200)
    var text = "# vtk DataFile Version 3.0\n\(header)\nASCII\n"
    var order: [Int]
    if let grid {
      let counts = grid.counts + Array(repeating: 1, count: 3 - inputCount)
      let origin = grid.origin + Array(repeating: 0, count: 3 - inputCount)
      let spacing = grid.spacing + Array(repeating: 1, count: 3 - inputCount)
      text += "DATASET STRUCTURED_POINTS\n"
      text += "DIMENSIONS \(counts.map(String.init).joined(separator: " "))\n"
      text += "ORIGIN \(origin.map(Self.coordinateText).joined(separator: " "))\n"
      text += "SPACING \(spacing.map(Self.coordinateText).joined(separator: " "))\n"
      order = Self.firstAxisFastestOrder(counts: grid.counts)
    } else {
      text += "DATASET POLYDATA\nPOINTS \(count) double\n"
      for point in 0..<count {
        var coordinates = (0..<inputCount).map {
          Self.coordinateText(points[point * inputCount + $0])
        }
        coordinates += Array(repeating: "0", count: 3 - inputCount)
        text += coordinates.joined(separator: " ") + "\n"
      }
      text += "VERTICES \(count) \(2 * count)\n"
      for point in 0..<count { text += "1 \(point)\n" }
      order = Array(0..<count)
    }
    text += "POINT_DATA \(count)\n"
    let type = precision == .float32 ? "float" : "double"
    for (name, column) in zip(valueNames, values) {
      let scalarName = String(name.map { $0.isWhitespace ? "_" : $0 })
      text += "SCALARS \(scalarName) \(type) 1\nLOOKUP_TABLE default\n"
      for point in order { text += valueText(column[point]) + "\n" }
    }
    return text
  }

  /// The indices of a grid's points (stored with the last input fastest) in VTK's order, the
  /// first input fastest.
  static func firstAxisFastestOrder(counts: [Int]) -> [Int] {
    let total = counts.reduce(1, *)
    var strides = [Int](repeating: 1, count: counts.count)
    for axis in stride(from: counts.count - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * counts[axis + 1]
    }
    return (0..<total).map { vtkIndex in
      var rest = vtkIndex
      var index = 0
      for axis in counts.indices {
        index += (rest % counts[axis]) * strides[axis]
        rest /= counts[axis]
      }
      return index
    }
  }
}
