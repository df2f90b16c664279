/// The contents of a `metrics.csv`: its column names and, per row, each cell as a number or
/// missing.
///
/// Reading never traps. Empty cells are missing; cells that do not parse as a number
/// (`Double(String)`, which also reads `nan` and `inf`) are missing too. A row with a different
/// number of cells than the header, or with no number in its first column, is skipped with a
/// note naming its line.
public struct MetricsTable: Sendable {
  /// The column names, from the header line.
  public let columns: [String]
  /// The rows; each has one entry per column, `nil` where the cell is missing.
  public let rows: [[Double?]]
  /// What was skipped while reading, one line each (`line 12: 5 cells, expected 7`).
  public let notes: [String]

  /// Creates a table directly.
  public init(columns: [String], rows: [[Double?]], notes: [String] = []) {
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  /// Parses the text of a CSV file (RFC 4180 quoting in the header, `\n` or `\r\n` lines).
  public init(csv text: String) {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    guard let header = lines.first else {
      self.init(columns: [], rows: [], notes: ["the file is empty"])
      return
    }
    let columns = Self.fields(of: header)
    var rows: [[Double?]] = []
    var notes: [String] = []
    for (offset, line) in lines.dropFirst().enumerated() {
      let number = offset + 2
      if line.isEmpty { continue }
      let cells = Self.fields(of: line)
      guard cells.count == columns.count else {
        notes.append("line \(number): \(cells.count) cells, expected \(columns.count); skipped")
        continue
      }
      let values = cells.map { Double($0.trimmingCharacters(in: .whitespaces)) }
      guard values.first.flatMap({ $0 }) != nil else {
        notes.append("line \(number): no number in column '\(columns[0])'; skipped")
        continue
      }
      rows.append(values)
    }
    self.init(columns: columns, rows: rows, notes: notes)
  }

  /// The index of the column `name`, if present.
  public func index(of name: String) -> Int? { columns.firstIndex(of: name) }

  /// The rows where both `x` and `y` are present, as (x values, y values).
  ///
  /// Empty when a column is absent. NaN cells are kept (they break a chart's line), missing cells are left out.
  public func series(x: String = "step", y: String) -> (xs: [Double], ys: [Double]) {
    guard let xIndex = index(of: x), let yIndex = index(of: y) else { return ([], []) }
    var xs: [Double] = []
    var ys: [Double] = []
    for row in rows {
      guard let xValue = row[xIndex], let yValue = row[yIndex] else { continue }
      xs.append(xValue)
      ys.append(yValue)
    }
    return (xs, ys)
  }

  /// The last present value of column `name`.
  public func lastValue(of name: String) -> Double? {
    guard let column = index(of: name) else { return nil }
    return rows.reversed().lazy.compactMap { $0[column] }.first
  }

  /// The names that follow `prefix` in columns named `prefix + name`, in column order
  /// (`names(withPrefix: "loss_")` gives the terms).
  public func names(withPrefix prefix: String) -> [String] {
    columns.filter { $0.hasPrefix(prefix) && $0.count > prefix.count }.map {
      String($0.dropFirst(prefix.count))
    }
  }

  private static func fields(of line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              current.append("\"")
            } else {
              quoted = false
              if next == "," {
                fields.append(current)
                current = ""
              } else {
                current.append(next)
              }
            }
          } else {
            quoted = false
          }
        } else {
          current.append(character)
        }
      } else if character == "," {
        fields.append(current)
        current = ""
      } else if character == "\"" && current.isEmpty {
        quoted = true
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
