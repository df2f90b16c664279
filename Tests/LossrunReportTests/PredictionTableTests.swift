import LossrunReport
import Testing

/// Prediction tables as CSV (quoted names, values in the run's precision) and as VTK (grid
/// values reordered with the first input fastest, at most three inputs).
@Suite struct PredictionTableTests {
  @Test func csvQuotesNamesWithCommasAndWritesFloat32Values() {
    let table = PredictionTable(
      inputNames: ["x"], valueNames: ["u", "max(u, 0)"], points: [0, 0.5], count: 2,
      values: [[Double(Float(0.1)), -1], [Double(Float(0.1)), 0]], precision: .float32)
    #expect(table.csvText() == "x,u,\"max(u, 0)\"\n0.0,0.1,0.1\n0.5,-1.0,0.0\n")
    var double = table
    double.precision = .float64
    #expect(double.csvText().contains("0.0,0.10000000149011612,"))
  }

  @Test func vtkGridsListValuesWithTheFirstInputFastest() throws {
    let counts = [2, 3, 2]
    let count = counts.reduce(1, *)
    // Point p (last input fastest) holds the value p.
    let table = PredictionTable(
      inputNames: ["x", "y", "t"], valueNames: ["u"], points: Array(repeating: 0, count: 3 * count),
      count: count, values: [(0..<count).map(Double.init)], precision: .float64,
      grid: .init(counts: counts, origin: [0, -1, 0], spacing: [1, 1, 0.5]))
    let lines = try #require(table.vtkText(title: "t")).split(separator: "\n").map(String.init)
    #expect(
      lines[3...6] == [
        "DATASET STRUCTURED_POINTS", "DIMENSIONS 2 3 2", "ORIGIN 0.0 -1.0 0.0",
        "SPACING 1.0 1.0 0.5",
      ])
    // VTK index i + 2 (j + 3 k) holds the point (i, j, k), whose index is 6 i + 2 j + k.
    var expected: [Double] = []
    for k in 0..<2 {
      for j in 0..<3 {
        for i in 0..<2 { expected.append(Double(6 * i + 2 * j + k)) }
      }
    }
    #expect(lines[10...].map { Double($0) } == expected)
    var wide = table
    wide.inputNames.append("z")
    #expect(wide.vtkText(title: "t") == nil)
  }
}
