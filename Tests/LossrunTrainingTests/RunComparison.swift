import Foundation
import Testing

/// Compares two run directories as `scripts/compare-runs.py` does: `parameters.lrp` byte for
/// byte and `metrics.csv` without its wall-clock column (`elapsed`).
enum RunComparison {
  /// `metrics.csv` of `directory` with the `elapsed` column removed.
  static func metricsWithoutElapsed(_ directory: String) throws -> [[Substring]] {
    let text = try String(contentsOfFile: directory + "/metrics.csv", encoding: .utf8)
    let rows = text.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let drop = try #require(rows.first?.firstIndex(of: "elapsed"))
    return rows.map { row in row.enumerated().filter { $0.offset != drop }.map(\.element) }
  }

  /// Expects the two runs to agree bit for bit (but wall-clock time).
  static func expectIdentical(
    _ first: String, _ second: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let parameters = [first, second].map {
      FileManager.default.contents(atPath: $0 + "/parameters.lrp")
    }
    #expect(parameters[0] != nil, "no parameters.lrp", sourceLocation: sourceLocation)
    let sameParameters = parameters[0] == parameters[1]
    #expect(sameParameters, "parameters.lrp differ", sourceLocation: sourceLocation)
    let metrics = try [first, second].map(metricsWithoutElapsed)
    #expect(metrics[0].count > 2, sourceLocation: sourceLocation)
    let firstDifference = metrics[0].indices.first {
      $0 >= metrics[1].count || metrics[0][$0] != metrics[1][$0]
    }
    #expect(
      metrics[0].count == metrics[1].count && firstDifference == nil,
      "metrics.csv differ from line \((firstDifference ?? metrics[0].count) + 1)",
      sourceLocation: sourceLocation)
  }

  /// The parsed `summary.json` of `directory`.
  static func summary(_ directory: String) throws -> [String: Any] {
    let data = try #require(FileManager.default.contents(atPath: directory + "/summary.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }
}
