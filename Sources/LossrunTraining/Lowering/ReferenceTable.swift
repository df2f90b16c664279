import Foundation
import LossrunCheck

/// A reference solution read from a CSV file: a header line naming the columns, then one row
/// of numbers per point.
///
/// The header must name every input; the outputs it names are the ones evaluated (at least
/// one). Other columns are ignored. Blank lines are skipped; fields are plain numbers (no quoting).
struct ReferenceTable {
  /// The evaluated outputs (network indices), in network order.
  let outputs: [Int]
  /// The points, row-major.
  let points: [Double]
  /// The number of points.
  let count: Int
  /// Per evaluated output, its values.
  let values: [[Double]]

  /// The most rows read, so a huge file cannot exhaust memory.
  static let maximumRows = 10_000_000

  /// An error about the reference file, located at its `reference:` value.
  static func failure(_ message: String) -> TrainingError {
    TrainingError(message, about: .reference)
  }

  init(path: String, spec: CheckedSpec) throws {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw Self.failure("cannot read the reference file '\(path)'") }
    var lines = text.split(whereSeparator: \.isNewline).filter {
      !$0.allSatisfy(\.isWhitespace)
    }[...]
    guard let header = lines.popFirst() else {
      throw Self.failure("the reference file '\(path)' is empty")
    }
    let names = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    var inputColumns: [Int] = []
    for input in spec.inputs {
      guard let column = names.firstIndex(of: input.name) else {
        throw Self.failure("the reference file '\(path)' has no column '\(input.name)'")
      }
      inputColumns.append(column)
    }
    let outputPairs = spec.network.outputs.enumerated().compactMap { index, name in
      names.firstIndex(of: name).map { (index, $0) }
    }
    guard !outputPairs.isEmpty else {
      throw Self.failure("the reference file '\(path)' names none of the network's outputs")
    }
    guard lines.count <= Self.maximumRows else {
      throw Self.failure("the reference file '\(path)' has more than \(Self.maximumRows) rows")
    }
    var points: [Double] = []
    var values = [[Double]](repeating: [], count: outputPairs.count)
    for (row, line) in lines.enumerated() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      func number(_ column: Int) throws -> Double {
        guard fields.indices.contains(column),
          let value = Double(fields[column].trimmingCharacters(in: .whitespaces)), value.isFinite
        else {
          throw Self.failure(
            "the reference file '\(path)', row \(row + 2): column \(column + 1) is not a number")
        }
        return value
      }
      for column in inputColumns { points.append(try number(column)) }
      for (slot, pair) in outputPairs.enumerated() { values[slot].append(try number(pair.1)) }
    }
    guard !values[0].isEmpty else {
      throw Self.failure("the reference file '\(path)' has no rows")
    }
    outputs = outputPairs.map(\.0)
    self.points = points
    count = values[0].count
    self.values = values
  }
}
