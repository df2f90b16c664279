import Foundation

@testable import LossrunReport

/// Realistic run files for the report tests: a metrics.csv as training writes it (three terms,
/// one evaluation every 100 steps) and a summary.json with a key this version does not know.
enum ReportFixtures {
  static let terms = ["residual", "dirichlet", "neumann"]

  /// The metrics text of a run of `steps` steps logged every 10, decaying at `rate`.
  static func metricsCSV(steps: Int = 600, rate: Double = 1, withCosines: Bool = false) -> String {
    let columns = MetricsColumns(termNames: terms, evaluationNames: ["u"])
    // The conflict columns (`cos_*`, `alignment`, `update_cos_*`) only when asked for: without
    // them the file is one written before they existed.
    let conflict = Array(columns.names.drop { !$0.hasPrefix("cos_") })
    var header = Array(columns.names.dropLast(conflict.count))
    if withCosines { header += conflict }
    var text = header.joined(separator: ",") + "\n"
    for step in stride(from: 0, through: steps, by: 10) {
      let t = Double(step)
      var cells = [String(step), MetricsNumber.format(t * 0.01), "0.001"]
      for (index, _) in terms.enumerated() {
        let scale = pow(10, -Double(index))
        let loss = scale * exp(-rate * t / 200) * (1 + 0.2 * sin(t / 7))
        cells += [loss, 1 + Double(index) * t / 100, loss * 3, loss * 30, loss * 50].map(
          MetricsNumber.format)
      }
      let evaluated = step % 100 == 0
      cells.append(evaluated ? MetricsNumber.format(0.5 * exp(-rate * t / 300)) : "")
      cells.append(evaluated ? MetricsNumber.format(2 * exp(-rate * t / 300)) : "")
      if withCosines {
        cells += conflict.map { name in
          MetricsNumber.format(name == "alignment" ? 0.5 : cos(t / 100 + Double(name.count)))
        }
      }
      text += cells.joined(separator: ",") + "\n"
    }
    return text
  }

  static func summaryJSON(name: String = "poisson-mixed", steps: Int = 600) -> String {
    """
    {
      "spec": "\(name)",
      "steps": \(steps),
      "seconds": 6.5,
      "steps_per_second": \(Double(steps) / 6.5),
      "final_losses": {"residual": 0.0123, "dirichlet": 0.00042, "neumann": 7.5e-05},
      "final_weights": {"residual": 1, "dirichlet": 7, "neumann": 13},
      "relative_l2": 0.031,
      "max_error": 0.12,
      "status": {"state": "finished", "step": \(steps)},
      "lossrun_version": "0.4.0-dev"
    }
    """
  }

  /// A run directory with both files, returned with its path (remove it when done).
  static func runDirectory(
    name: String = "poisson-mixed", rate: Double = 1, withCosines: Bool = false
  ) throws -> String {
    let path = try makeTemporaryDirectory() + "/" + name
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try metricsCSV(rate: rate, withCosines: withCosines).write(
      toFile: path + "/metrics.csv", atomically: true, encoding: .utf8)
    try summaryJSON(name: "poisson-mixed").write(
      toFile: path + "/summary.json", atomically: true, encoding: .utf8)
    return path
  }

  /// A 2D field exp(x)·sin(4πy) and a perturbed prediction on an `n`×`n` grid.
  static func field(_ n: Int = 41) -> FieldGrid {
    let xs = (0..<n).map { Double($0) / Double(n - 1) }
    let ys = xs
    let exact = ys.flatMap { y in xs.map { x in exp(x) * sin(4 * Double.pi * y) } }
    let prediction = ys.flatMap { y in
      xs.map { x -> Double in
        let perturbation: Double = 0.03 * x * sin(3 * x + 5 * y)
        return exp(x) * sin(4 * Double.pi * y) + perturbation
      }
    }
    return FieldGrid(
      name: "u", xName: "x", yName: "y", xs: xs, ys: ys, prediction: prediction, exact: exact)
  }

  /// A 1D field sin(πx) and a perturbed prediction.
  static func lineField() -> FieldGrid {
    let xs = (0..<101).map { Double($0) / 100 }
    return FieldGrid(
      name: "v", xName: "x", xs: xs, prediction: xs.map { sin(Double.pi * $0) + 0.02 * $0 },
      exact: xs.map { sin(Double.pi * $0) })
  }
}
