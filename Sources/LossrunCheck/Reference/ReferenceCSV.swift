import Foundation

/// A reference-solution CSV file as read: a header line naming the columns, then one row of
/// numbers per point.
///
/// The checker reads it to report a missing file, missing columns or a bad row at lint time;
/// training reads it again (``table(inputs:outputs:)``) for the evaluation points. Blank lines
/// are skipped; fields are plain numbers (no quoting); columns the spec does not need are
/// ignored. Every failure names the path read and the reason, and a bad row its line number.
package struct ReferenceCSV: Sendable {
  /// Why a reference file cannot be used, in one sentence.
  package struct Failure: Error, Hashable, Sendable {
    /// The message, naming the path read.
    package var message: String
  }

  /// The numbers of a reference file for the spec's inputs and the outputs it names.
  package struct Table: Sendable {
    /// The evaluated outputs (indices into the `outputs` asked for), in that order.
    package var outputs: [Int]
    /// The points, row-major, one value per input.
    package var points: [Double]
    /// The number of points.
    package var count: Int
    /// Per evaluated output, its value at each point.
    package var values: [[Double]]
  }

  /// The most rows read, so a huge file cannot exhaust memory.
  package static let maximumRows = 10_000_000

  /// The path read.
  package let path: String
  /// The header's column names, trimmed.
  package let columns: [String]
  /// The data lines that are not blank, with their 1-based line numbers in the file.
  let rows: [(line: Int, text: Substring)]

  /// Reads the file at `path` (as given: the caller resolves it against the spec's directory).
  package init(path: String) throws(Failure) {
    self.path = path
    let text = try Self.text(at: path)
    var lines: [(line: Int, text: Substring)] = []
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated() where !line.allSatisfy(\.isWhitespace)
    {
      lines.append((index + 1, line))
    }
    guard let header = lines.first else {
      throw Failure(message: "the reference file '\(path)' is empty")
    }
    columns = header.text.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    rows = Array(lines.dropFirst())
    guard rows.count <= Self.maximumRows else {
      throw Failure(message: "the reference file '\(path)' has more than \(Self.maximumRows) rows")
    }
  }

  /// The file's text, or why it cannot be read: no such file, a directory, permission denied,
  /// not UTF-8.
  static func text(at path: String) throws(Failure) -> String {
    func failure(_ reason: String) -> Failure {
      Failure(message: "cannot read the reference file '\(path)': \(reason)")
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

  /// The columns a spec with these inputs and outputs reads: every input's, and those of the
  /// outputs the header names (at least one).
  package func columnIndices(inputs: [String], outputs: [String]) throws(Failure)
    -> (inputs: [Int], outputs: [(output: Int, column: Int)])
  {
    var inputColumns: [Int] = []
    for input in inputs {
      guard let column = columns.firstIndex(of: input) else {
        throw Failure(
          message: "the reference file '\(path)' has no column '\(input)' (it needs one per "
            + "input: \(inputs.joined(separator: ", ")); its columns: "
            + "\(columns.joined(separator: ", ")))")
      }
      inputColumns.append(column)
    }
    let outputColumns = outputs.enumerated().compactMap { index, name in
      columns.firstIndex(of: name).map { (output: index, column: $0) }
    }
    guard !outputColumns.isEmpty else {
      throw Failure(
        message: "the reference file '\(path)' names none of the network's outputs "
          + "(\(outputs.joined(separator: ", "))); its columns: \(columns.joined(separator: ", "))"
      )
    }
    return (inputColumns, outputColumns)
  }

  /// The points and values for a spec with these inputs and outputs; throws at the first field
  /// that is missing or not a finite number, naming its line.
  package func table(inputs: [String], outputs: [String]) throws(Failure) -> Table {
    let (inputColumns, outputColumns) = try columnIndices(inputs: inputs, outputs: outputs)
    var points: [Double] = []
    var values = [[Double]](repeating: [], count: outputColumns.count)
    for row in rows {
      let fields = row.text.split(separator: ",", omittingEmptySubsequences: false)
      func number(_ column: Int) throws(Failure) -> Double {
        guard fields.indices.contains(column),
          let value = Double(fields[column].trimmingCharacters(in: .whitespaces)), value.isFinite
        else {
          let name = columns.indices.contains(column) ? " ('\(columns[column])')" : ""
          throw Failure(
            message: "the reference file '\(path)', line \(row.line): column \(column + 1)"
              + "\(name) is not a finite number")
        }
        return value
      }
      for column in inputColumns { points.append(try number(column)) }
      for (slot, pair) in outputColumns.enumerated() {
        values[slot].append(try number(pair.column))
      }
    }
    guard !values[0].isEmpty else {
      throw Failure(message: "the reference file '\(path)' has no rows")
    }
    return Table(
      outputs: outputColumns.map(\.output), points: points, count: values[0].count,
      values: values)
  }
}
