/// Points of a table that lie on a regular grid: each input's distinct values, and the grid
/// cell of every row.
///
/// The grid may have cells without a row (an evaluation grid over the input box keeps only the
/// points inside a declared domain, so an L-shape or a plate with holes leaves cells out):
/// then every input must have at least three values, evenly spaced (to 1e-6 of the spacing),
/// which scattered points are not, and the rows must fill at least a quarter of the cells, so
/// that a few points on a line do not become a huge empty grid. A missing cell's values are NaN.
struct RegularGrid {
  let table: MetricsTable
  let inputs: [String]
  /// Per input, its distinct values, increasing.
  let axes: [[Double]]
  /// Per grid cell (first input slowest), the row that holds it.
  let rowOfCell: [Int]

  init?(table: MetricsTable, inputs: [String]) {
    let indices = inputs.compactMap(table.index(of:))
    guard indices.count == inputs.count else { return nil }
    var axes: [[Double]] = []
    var positions: [[Double: Int]] = []
    for column in indices {
      let values = table.rows.compactMap { $0[column] }
      guard values.count == table.rows.count, values.allSatisfy(\.isFinite) else { return nil }
      let distinct = Array(Set(values)).sorted()
      axes.append(distinct)
      positions.append(Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) }))
    }
    let (total, overflow) = axes.reduce((1, false)) { partial, axis in
      let (product, flag) = partial.0.multipliedReportingOverflow(by: axis.count)
      return (product, partial.1 || flag)
    }
    guard !overflow, total >= table.rows.count else { return nil }
    if total > table.rows.count {
      guard total <= 4 * table.rows.count, axes.allSatisfy(Self.isEvenlySpaced) else { return nil }
    }
    var rowOfCell = [Int](repeating: -1, count: total)
    for (rowIndex, row) in table.rows.enumerated() {
      var cell = 0
      for (axis, column) in indices.enumerated() {
        guard let value = row[column], let position = positions[axis][value] else { return nil }
        cell = cell * axes[axis].count + position
      }
      guard rowOfCell[cell] < 0 else { return nil }
      rowOfCell[cell] = rowIndex
    }
    self.table = table
    self.inputs = inputs
    self.axes = axes
    self.rowOfCell = rowOfCell
  }

  /// Whether every cell of the grid has a row.
  var isComplete: Bool { !rowOfCell.contains(-1) }

  /// Whether increasing `values` are at least three and evenly spaced, to 1e-6 of their mean
  /// spacing.
  static func isEvenlySpaced(_ values: [Double]) -> Bool {
    guard values.count > 2, let first = values.first, let last = values.last else { return false }
    let spacing = (last - first) / Double(values.count - 1)
    return values.indices.allSatisfy { index in
      abs(values[index] - (first + spacing * Double(index))) <= 1e-6 * spacing
    }
  }

  /// The column `name`'s values per grid cell (NaN where missing).
  func values(of name: String) -> [Double] {
    guard let column = table.index(of: name) else {
      return [Double](repeating: .nan, count: rowOfCell.count)
    }
    return rowOfCell.map { $0 < 0 ? .nan : table.rows[$0][column] ?? .nan }
  }

  /// The field grids of one output (see ``EvaluationFields`` for the layouts).
  func fields(name: String, prediction: [Double], exact: [Double], error: [Double]) -> [FieldGrid] {
    switch axes.count {
    case 1:
      return [
        FieldGrid(
          name: name, xName: inputs[0], xs: axes[0], prediction: prediction, exact: exact,
          error: error)
      ]
    case 2:
      let timeFirst = inputs[0] == "t" && inputs[1] != "t"
      let (horizontal, vertical) = timeFirst ? (1, 0) : (0, 1)
      return [
        plane(
          name: name, horizontal: horizontal, vertical: vertical, fixed: nil,
          [prediction, exact, error])
      ]
    default:
      let sliced = inputs.firstIndex(of: "t") ?? 2
      let others = (0..<3).filter { $0 != sliced }
      let count = axes[sliced].count
      // Time: the start, the middle and the end; space: inside, where boundary data do not
      // decide the values, a quarter, half and three quarters of the way along the grid.
      let last = count - 1
      let picks =
        inputs[sliced] == "t" ? [0, last / 2, last] : [last / 4, last / 2, (3 * last) / 4]
      let slices = Array(Set(picks)).sorted()
      return slices.map { slice in
        let title = "\(name) at \(inputs[sliced]) = \(DisplayNumber.format(axes[sliced][slice]))"
        return plane(
          name: title, horizontal: others[0], vertical: others[1], fixed: (sliced, slice),
          [prediction, exact, error])
      }
    }
  }

  /// A 2D field over two axes, at one index of the third axis when there is one.
  private func plane(
    name: String, horizontal: Int, vertical: Int, fixed: (axis: Int, index: Int)?,
    _ arrays: [[Double]]
  ) -> FieldGrid {
    let xs = axes[horizontal]
    let ys = axes[vertical]
    var gathered = arrays.map { _ in [Double]() }
    var leavesCellsOut = false
    for j in ys.indices {
      for i in xs.indices {
        var index = [0, 0, 0]
        index[horizontal] = i
        index[vertical] = j
        if let fixed { index[fixed.axis] = fixed.index }
        var cell = 0
        for axis in axes.indices { cell = cell * axes[axis].count + index[axis] }
        for array in arrays.indices { gathered[array].append(arrays[array][cell]) }
        if rowOfCell[cell] < 0 { leavesCellsOut = true }
      }
    }
    var field = FieldGrid(
      name: name, xName: inputs[horizontal], yName: inputs[vertical], xs: xs, ys: ys,
      prediction: gathered[0], exact: gathered[1], error: gathered[2])
    field.leavesCellsOut = leavesCellsOut
    return field
  }
}
