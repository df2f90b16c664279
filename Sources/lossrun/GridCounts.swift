import ArgumentParser

/// The value of `lossrun predict --grid`: how many evenly spaced values each input takes,
/// `200x100` (one count per input, in the spec's order) or `200` (the same count for every input).
struct GridCounts: Equatable {
  /// The most points a grid may have.
  static let maximumPoints = 10_000_000

  /// The counts as written: one, or one per input.
  var counts: [Int]

  /// Parses `text`; throws a usage error naming what is wrong.
  init(parsing text: String) throws(ValidationError) {
    let fields = text.split(separator: "x", omittingEmptySubsequences: false)
    var counts: [Int] = []
    for field in fields {
      guard let count = Int(field.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError(
          "--grid '\(text)': '\(field)' is not a whole number; write one count per input "
            + "separated by 'x' (200x200), or one count for every input (200)")
      }
      guard count >= 2 else {
        throw ValidationError(
          "--grid '\(text)': \(count) values per input is too few; each input needs at least 2 "
            + "(its two end points)")
      }
      counts.append(count)
    }
    self.counts = counts
  }

  /// One count per input for a spec with `inputNames`; throws a usage error when the number of
  /// counts fits neither one per input nor a single one, or the grid is too large.
  func perInput(_ inputNames: [String]) throws(ValidationError) -> [Int] {
    let expanded: [Int]
    if counts.count == 1 {
      expanded = Array(repeating: counts[0], count: inputNames.count)
    } else if counts.count == inputNames.count {
      expanded = counts
    } else {
      throw ValidationError(
        "--grid gives \(counts.count) counts, but the spec has \(inputNames.count) inputs "
          + "(\(inputNames.joined(separator: ", "))); give one count per input, or one for all")
    }
    var total = 1
    for count in expanded {
      let (product, overflow) = total.multipliedReportingOverflow(by: count)
      guard !overflow, product <= Self.maximumPoints else {
        throw ValidationError(
          "--grid \(expanded.map(String.init).joined(separator: "x")) has more than "
            + "\(Self.maximumPoints) points; use fewer values per input")
      }
      total = product
    }
    return expanded
  }
}
