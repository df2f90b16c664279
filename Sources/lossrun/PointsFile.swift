import Foundation

/// The points of `lossrun predict --at FILE`: a CSV file whose header row names the spec's
/// inputs, in any order, and whose rows give one point each.
///
/// Every input needs a column and every column must be an input: a column the spec does not
/// have (a misspelled input, or the values of a reference file) is refused, so no column is
/// silently dropped. Blank lines are skipped; fields are plain numbers, which must be finite.
struct PointsFile {
  /// Why the file cannot be used, naming the file (and the line of a bad row).
  struct Failure: Error {
    /// The message.
    var message: String
  }

  /// The points, row-major, one coordinate per input in the spec's order.
  var points: [Double]
  /// The number of points.
  var count: Int

  /// Reads the file at `path` for a spec with `inputNames`.
  init(path: String, inputNames: [String]) throws(Failure) {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw Failure(message: "cannot read the points file '\(path)'")
    }
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
    guard let header = lines.first else {
      throw Failure(message: "the points file '\(path)' is empty")
    }
    let columns = header.element.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let inputs = inputNames.joined(separator: ", ")
    for column in columns where !inputNames.contains(column) {
      throw Failure(
        message: "the points file '\(path)' has a column '\(column)', which is not an input of "
          + "the spec (its inputs: \(inputs)); give exactly one column per input")
    }
    var order: [Int] = []
    for name in inputNames {
      let found = columns.indices.filter { columns[$0] == name }
      guard found.count == 1 else {
        throw Failure(
          message: "the points file '\(path)' has \(found.isEmpty ? "no" : "more than one") "
            + "column '\(name)' (it needs one per input: \(inputs))")
      }
      order.append(found[0])
    }
    var points: [Double] = []
    for (index, line) in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      guard fields.count == columns.count else {
        throw Failure(
          message: "the points file '\(path)', line \(index + 1): \(fields.count) fields, but "
            + "the header names \(columns.count) columns")
      }
      for column in order {
        guard let value = Double(fields[column].trimmingCharacters(in: .whitespaces)),
          value.isFinite
        else {
          throw Failure(
            message: "the points file '\(path)', line \(index + 1): column '\(columns[column])' "
              + "is not a finite number")
        }
        points.append(value)
      }
    }
    guard !points.isEmpty else {
      throw Failure(message: "the points file '\(path)' has no rows")
    }
    self.points = points
    count = points.count / inputNames.count
  }
}
