import Foundation
import Testing

/// A run's `metrics.csv` read back: one row per logged step with its learning rate and each
/// term's loss and weight, so tests can check how a run's losses and weights moved.
struct MetricsTable {
  /// One logged step.
  struct Row: Equatable {
    /// The step (0-based; the last row is the final parameters, at step `steps`).
    var step: Int
    /// The learning rate column.
    var learningRate: Double
    /// Each term's unweighted loss, in term order.
    var losses: [Double]
    /// Each term's weight, in term order.
    var weights: [Double]

    /// The weighted total loss Σ w_t·L_t.
    var weightedLoss: Double { weightedLoss(under: weights) }

    /// The total loss Σ w_t·L_t of this row's losses under other weights `w`.
    func weightedLoss(under weights: [Double]) -> Double {
      zip(weights, losses).reduce(0) { $0 + $1.0 * $1.1 }
    }
  }

  /// The rows in file order.
  let rows: [Row]

  /// Reads `path` (a `metrics.csv` whose term columns are `loss_<term>` and `weight_<term>`).
  init(path: String, termNames: [String]) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let header = lines.removeFirst().map(String.init)
    func column(_ name: String) throws -> Int {
      try #require(header.firstIndex(of: name), "metrics.csv has no column '\(name)'")
    }
    let step = try column("step")
    let learningRate = try column("lr")
    let losses = try termNames.map { try column("loss_" + $0) }
    let weights = try termNames.map { try column("weight_" + $0) }
    rows = try lines.map { cells in
      func number(_ index: Int) throws -> Double {
        try #require(Double(String(cells[index])), "not a number: '\(cells[index])'")
      }
      return Row(
        step: try #require(Int(String(cells[step]))), learningRate: try number(learningRate),
        losses: try losses.map(number), weights: try weights.map(number))
    }
  }
}
