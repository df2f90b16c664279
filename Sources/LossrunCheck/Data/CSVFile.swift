import Foundation
import LossrunDiagnostics

/// A CSV file of numbers as read: a header line naming the columns, then one row of numbers per
/// point. The project's one CSV reader: the evaluation's reference file and file samplers' data.
///
/// The checker reads it to report a missing file, missing columns or a bad row at lint time;
/// training reads it again (``table(inputs:outputs:)``) for the evaluation points. Blank lines
/// are skipped; fields are plain numbers (no quoting); columns the spec does not need are
/// ignored. In a reference file an output's cell may be empty: that row has no reference value
/// for that output (``Table/values``), so one file can hold points where only some outputs are
/// known (a profile of u along one line and of v along another). Every failure names the path read and the reason, and a bad row its line number and
/// the range of the bad cell in the file (``Failure/range``), so a diagnostic can quote it.
package struct CSVFile: Sendable {
  /// Why a CSV file cannot be used, in one sentence.
  package struct Failure: Error, Hashable, Sendable {
    /// The message, naming the path read.
    package var message: String
    /// Where in the CSV file the problem is (a cell, or the header), when it is in the file.
    package var range: SourceRange? = nil
  }

  /// The numbers of a reference file for the spec's inputs and the outputs it names.
  package struct Table: Sendable {
    /// The evaluated outputs (indices into the `outputs` asked for), in that order.
    package var outputs: [Int]
    /// The points, row-major, one value per input.
    package var points: [Double]
    /// The number of points.
    package var count: Int
    /// Per evaluated output, its value at each point; nil where the row leaves the output's
    /// cell empty (no reference value there). Every row has a value for some output, and every
    /// output a value on some row.
    package var values: [[Double?]]
  }

  /// The most rows read, so a huge file cannot exhaust memory.
  package static let maximumRows = 10_000_000

  /// The path read.
  package let path: String
  /// What the file is, for messages: "reference file", "data file".
  package let role: String
  /// The file's text with its line table, for quoting a bad cell.
  package let source: SourceFile
  /// The header's column names, trimmed.
  package let columns: [String]
  /// The header's 1-based line number.
  package let headerLine: Int
  /// The data lines that are not blank, with their 1-based line numbers in the file.
  let rows: [(line: Int, text: Substring)]

  /// Reads the file at `path` (as given: the caller resolves it against the spec's directory).
  package init(path: String, role: String = "reference file") throws(Failure) {
    self.path = path
    self.role = role
    let text = try Self.text(at: path, role: role)
    source = SourceFile(path: path, text: text)
    var lines: [(line: Int, text: Substring)] = []
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated() where !line.allSatisfy(\.isWhitespace)
    {
      lines.append((index + 1, line))
    }
    guard let header = lines.first else {
      throw Failure(message: "the \(role) '\(path)' is empty")
    }
    headerLine = header.line
    columns = header.text.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    rows = Array(lines.dropFirst())
    guard rows.count <= Self.maximumRows else {
      throw Failure(message: "the \(role) '\(path)' has more than \(Self.maximumRows) rows")
    }
  }

  /// The number of data rows.
  package var rowCount: Int { rows.count }

  /// The file's text, or why it cannot be read: no such file, a directory, permission denied,
  /// not UTF-8.
  static func text(at path: String, role: String) throws(Failure) -> String {
    func failure(_ reason: String) -> Failure {
      Failure(message: "cannot read the \(role) '\(path)': \(reason)")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw failure("no such file")
    }
    if isDirectory.boolValue { throw failure("it is a directory") }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw failure("permission denied")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw failure("the file could not be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw failure("it is not UTF-8 text")
    }
    return text
  }

  /// The header line's range.
  package var headerRange: SourceRange {
    let length = source.line(headerLine)?.unicodeScalars.count ?? 0
    return SourceRange(line: headerLine, columns: 1..<(length + 1))
  }

  /// The columns of the inputs, in input order; throws (at the header) when one is missing.
  package func inputColumns(_ inputs: [String]) throws(Failure) -> [Int] {
    var inputColumns: [Int] = []
    for input in inputs {
      guard let column = columns.firstIndex(of: input) else {
        throw Failure(
          message: "the \(role) '\(path)' has no column '\(input)' (it needs one per "
            + "input: \(inputs.joined(separator: ", ")); its columns: "
            + "\(columns.joined(separator: ", ")))", range: headerRange)
      }
      inputColumns.append(column)
    }
    return inputColumns
  }

  /// The columns a spec with these inputs and outputs reads: every input's, and those of the
  /// outputs the header names (at least one).
  package func columnIndices(inputs: [String], outputs: [String]) throws(Failure)
    -> (inputs: [Int], outputs: [(output: Int, column: Int)])
  {
    let inputColumns = try inputColumns(inputs)
    let outputColumns = outputs.enumerated().compactMap { index, name in
      columns.firstIndex(of: name).map { (output: index, column: $0) }
    }
    guard !outputColumns.isEmpty else {
      throw Failure(
        message: "the \(role) '\(path)' names none of the network's outputs "
          + "(\(outputs.joined(separator: ", "))); its columns: \(columns.joined(separator: ", "))",
        range: headerRange)
    }
    return (inputColumns, outputColumns)
  }

  /// The numbers of `columns` on every row: per row, one value per column asked for; throws at
  /// the first field that is missing or not a finite number, naming its line and column.
  package func numbers(columns wanted: [Int]) throws(Failure) -> [[Double]] {
    var result: [[Double]] = []
    result.reserveCapacity(rows.count)
    for row in rows {
      let fields = row.text.split(separator: ",", omittingEmptySubsequences: false)
      var values: [Double] = []
      values.reserveCapacity(wanted.count)
      for column in wanted {
        values.append(try number(in: fields, line: row.line, column: column))
      }
      result.append(values)
    }
    return result
  }

  /// The cells of `columns` on every row: per row, one entry per column asked for, nil where
  /// the cell is empty (or blank); throws at the first cell that holds something other than a
  /// finite number, or is missing (the row has too few fields), naming its line and column.
  package func optionalNumbers(columns wanted: [Int]) throws(Failure) -> [[Double?]] {
    var result: [[Double?]] = []
    result.reserveCapacity(rows.count)
    for row in rows {
      let fields = row.text.split(separator: ",", omittingEmptySubsequences: false)
      var values: [Double?] = []
      values.reserveCapacity(wanted.count)
      for column in wanted {
        let isEmpty =
          fields.indices.contains(column) && fields[column].allSatisfy(\.isWhitespace)
        values.append(isEmpty ? nil : try number(in: fields, line: row.line, column: column))
      }
      result.append(values)
    }
    return result
  }

  /// The number in field `column` of a row split into `fields`; throws when the field is
  /// missing or not a finite number.
  private func number(in fields: [Substring], line: Int, column: Int) throws(Failure) -> Double {
    guard fields.indices.contains(column),
      let value = Double(fields[column].trimmingCharacters(in: .whitespaces)), value.isFinite
    else {
      let name = columns.indices.contains(column) ? " ('\(columns[column])')" : ""
      throw Failure(
        message: "the \(role) '\(path)', line \(line): column \(column + 1)"
          + "\(name) is not a finite number",
        range: cellRange(line: line, fields: fields, column: column))
    }
    return value
  }

  /// The range of field `column` of a row split into `fields` (the row's end when it has too
  /// few fields).
  private func cellRange(line: Int, fields: [Substring], column: Int) -> SourceRange {
    var start = 1
    for field in fields.prefix(column) { start += field.unicodeScalars.count + 1 }
    guard fields.indices.contains(column) else {
      return .point(SourceLocation(line: line, column: max(start - 1, 1)))
    }
    let length = max(fields[column].unicodeScalars.count, 1)
    return SourceRange(line: line, columns: start..<(start + length))
  }

  /// The range of field `column` on data row `row` (0-based), for reporting a value that
  /// parses but does not fit.
  package func cellRange(row: Int, column: Int) -> SourceRange {
    let fields = rows[row].text.split(separator: ",", omittingEmptySubsequences: false)
    return cellRange(line: rows[row].line, fields: fields, column: column)
  }

  /// The 1-based line of data row `row` (0-based).
  package func line(ofRow row: Int) -> Int { rows[row].line }

  /// The points and values for a spec with these inputs and outputs; throws at the first field
  /// that is missing or not a finite number (an output's cell may be empty), naming its line, at
  /// a row without any output value, and at an output column without any value.
  package func table(inputs: [String], outputs: [String]) throws(Failure) -> Table {
    let (inputColumns, outputColumns) = try columnIndices(inputs: inputs, outputs: outputs)
    let points = try numbers(columns: inputColumns)
    guard !points.isEmpty else {
      throw Failure(message: "the \(role) '\(path)' has no rows")
    }
    let cells = try optionalNumbers(columns: outputColumns.map(\.column))
    let names = outputColumns.map { columns[$0.column] }
    for (index, row) in cells.enumerated() where row.allSatisfy({ $0 == nil }) {
      throw Failure(
        message: "the \(role) '\(path)', line \(rows[index].line): no value for any output "
          + "(\(names.joined(separator: ", "))); a row needs at least one",
        range: cellRange(row: index, column: outputColumns[0].column))
    }
    let values = outputColumns.indices.map { slot in cells.map { $0[slot] } }
    for (slot, column) in values.enumerated() where column.allSatisfy({ $0 == nil }) {
      throw Failure(
        message: "the \(role) '\(path)' has no value in column '\(names[slot])' on any row; "
          + "fill some of its cells or remove the column",
        range: headerRange)
    }
    return Table(
      outputs: outputColumns.map(\.output), points: points.flatMap { $0 }, count: points.count,
      values: values)
  }
}
