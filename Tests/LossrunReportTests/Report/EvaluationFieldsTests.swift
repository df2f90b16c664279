import Foundation
import Testing

@testable import LossrunReport

@Suite("Fields from evaluation.csv")
struct EvaluationFieldsTests {
  /// An evaluation table of `f` and a prediction `f + 0.1` on the grid of `axes` (last fastest).
  static func table(_ names: [String], _ axes: [[Double]], _ f: ([Double]) -> Double)
    -> EvaluationTable
  {
    var points: [[Double]] = [[]]
    for axis in axes { points = points.flatMap { prefix in axis.map { prefix + [$0] } } }
    let exact = points.map(f)
    return EvaluationTable(
      inputNames: names, outputNames: ["u"], points: points.flatMap { $0 },
      predictions: [exact.map { $0 + 0.1 }], expected: [exact])
  }

  /// `csv` with its body lines in reverse order (the reader must not depend on the order).
  static func reversedRows(_ csv: String) -> String {
    let lines = csv.split(separator: "\n")
    return ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
  }

  @Test("the file has the inputs, then u, u_exact and u_error, and reads back exactly")
  func roundTrip() throws {
    let table = Self.table(["x", "y"], [[0, 0.5, 1], [0, 1]]) { $0[0] / 3 + $0[1] }
    #expect(table.csv.hasPrefix("x,y,u,u_exact,u_error\n0.0,0.0,0.1,0.0,0.1\n"))
    let fields = EvaluationFields(csv: table.csv)
    #expect(fields.notes.isEmpty)
    let field = try #require(fields.fields.first)
    #expect(field.xs == [0, 0.5, 1] && field.ys == [0, 1])
    // (xs[i], ys[j]) at j * 3 + i.
    #expect(field.exact?[1 * 3 + 2] == 1.0 / 3 + 1)
    #expect(field.prediction[1 * 3 + 2] == 1.0 / 3 + 1 + 0.1)
    #expect(field.error?[4] == field.prediction[4] - (field.exact?[4] ?? 0))
  }

  @Test("one input gives a line over it, in increasing order")
  func oneInput() throws {
    let table = Self.table(["x"], [[0, 0.25, 0.5, 1]]) { $0[0] * $0[0] }
    let fields = EvaluationFields(csv: Self.reversedRows(table.csv)).fields
    #expect(fields.count == 1)
    #expect(fields[0].yName == nil && fields[0].xName == "x")
    #expect(fields[0].xs == [0, 0.25, 0.5, 1])
    #expect(fields[0].exact == [0, 0.0625, 0.25, 1])
  }

  @Test("time is the vertical axis of a space-time map, whichever input comes first")
  func spaceTime() throws {
    for names in [["x", "t"], ["t", "x"]] {
      let table = Self.table(names, [[0, 1, 2], [10, 20]]) { $0[0] * 100 + $0[1] }
      let field = try #require(EvaluationFields(csv: table.csv).fields.first)
      #expect(field.xName == "x" && field.yName == "t")
      let (xs, ts) = names[0] == "x" ? ([0.0, 1, 2], [10.0, 20]) : ([10.0, 20], [0.0, 1, 2])
      #expect(field.xs == xs && field.ys == ts)
      // The value at (x = xs[1], t = ts[1]).
      let expected = names[0] == "x" ? xs[1] * 100 + ts[1] : ts[1] * 100 + xs[1]
      #expect(field.exact?[1 * xs.count + 1] == expected)
    }
  }

  @Test("three inputs give slices inside the third input, or at start, middle and end of time")
  func threeInputs() throws {
    let axis = [0.0, 0.25, 0.5, 0.75, 1]
    let table = Self.table(["x", "y", "z"], [[0, 1], [0, 1, 2], axis]) {
      $0[0] + 10 * $0[1] + 100 * $0[2]
    }
    let fields = EvaluationFields(csv: table.csv).fields
    #expect(fields.map(\.name) == ["u at z = 0.25", "u at z = 0.5", "u at z = 0.75"])
    #expect(fields.allSatisfy { $0.xName == "x" && $0.yName == "y" })
    #expect(fields[1].exact?[2 * 2 + 1] == 71.0, "\(fields[1].exact ?? [])")
    // With a time input, the slices are over time.
    let timed = Self.table(["t", "x", "y"], [axis, [0, 1], [0, 1]]) { $0[0] }
    let slices = EvaluationFields(csv: timed.csv).fields
    #expect(slices.map(\.name) == ["u at t = 0", "u at t = 0.5", "u at t = 1"])
    #expect(slices[2].exact == [1, 1, 1, 1])
  }

  @Test("scattered points in a plane give a scatter of the error, in space a note")
  func scatteredPoints() throws {
    let csv = "t,x,u,u_exact,u_error\n0.1,0.2,1,1,0\n0.3,0.7,1,1.5,-0.5\n0.9,0.4,1,1,0\n"
    let fields = EvaluationFields(csv: csv)
    #expect(fields.fields.isEmpty)
    #expect(
      fields.notes == [
        "evaluation.csv: the 3 points are not on a regular grid, so the error is drawn at each "
          + "point"
      ])
    let scatter = try #require(fields.scatterFields.first)
    #expect(scatter.xName == "x" && scatter.yName == "t")
    #expect(scatter.xs == [0.2, 0.7, 0.4] && scatter.ys == [0.1, 0.3, 0.9])
    #expect(scatter.error == [0, -0.5, 0])
    let run = RunRecord(
      name: "scattered", metrics: MetricsTable(columns: [], rows: []),
      scatterFields: fields.scatterFields)
    let html = ReportPage(run: run).html
    try XMLCheck.parse(html)
    #expect(XMLCheck.attribute("data-points", ofElementWith: "data-points", in: html) == "3")
    #expect(html.contains("data-chart=\"scatter_u_error\""))
    #expect(XMLCheck.count(of: "<circle", in: html) == 3)

    let space = "x,y,z,u,u_exact,u_error\n0.1,0.2,0.3,1,1,0\n0.3,0.7,0.1,1,1,0\n"
    let inSpace = EvaluationFields(csv: space)
    #expect(inSpace.fields.isEmpty && inSpace.scatterFields.isEmpty)
    #expect(inSpace.notes.first?.contains("so no maps are drawn") == true)
  }

  @Test("a grid with the cells outside an L-shaped domain left out is still a map")
  func gridWithCellsLeftOut() throws {
    let axis = [-1.0, -0.5, 0, 0.5, 1]
    let full = Self.table(["x", "y"], [axis, axis]) { $0[0] + 10 * $0[1] }
    // Keep the header and the rows outside the open fourth quadrant (x > 0, y < 0).
    let lines = full.csv.split(separator: "\n")
    let kept = lines.dropFirst().filter { line in
      let cells = line.split(separator: ",").map { Double(String($0))! }
      return !(cells[0] > 0 && cells[1] < 0)
    }
    let csv = ([lines[0]] + kept).joined(separator: "\n") + "\n"
    let fields = EvaluationFields(csv: csv)
    #expect(fields.notes.isEmpty && fields.scatterFields.isEmpty)
    let field = try #require(fields.fields.first)
    #expect(field.xs == axis && field.ys == axis && field.leavesCellsOut)
    // (xs[i], ys[j]) at j * 5 + i: (1, -1) was left out, (1, 0) and (-1, -1) were kept.
    #expect(field.exact?[0 * 5 + 4].isNaN == true)
    #expect(field.exact?[2 * 5 + 4] == 1)
    #expect(field.exact?[0 * 5 + 0] == -11)
    #expect(field.prediction.filter(\.isNaN).count == 4)
    let html = ReportPage.fieldRow(field)
    #expect(XMLCheck.count(of: "outside the domain or not a number", in: html) == 3)
    // A complete grid keeps the plain label.
    let complete = try #require(EvaluationFields(csv: full.csv).fields.first)
    #expect(!complete.leavesCellsOut)
  }

  @Test("points that leave cells out but are not evenly spaced, or too few, are scattered")
  func unevenPointsAreNotAGrid() throws {
    // Three distinct x values 0, 0.1, 1 (uneven): not a grid with cells left out.
    let uneven = "x,y,u,u_exact,u_error\n0,0,1,1,0\n0.1,1,1,1,0\n1,0,1,1,0\n"
    #expect(EvaluationFields(csv: uneven).scatterFields.count == 1)
    // Five points on the diagonal of a 5 × 5 grid fill a fifth of its cells: scattered.
    let diagonal =
      "x,y,u,u_exact,u_error\n"
      + (0..<5).map { "\($0),\($0),1,1,0" }.joined(separator: "\n") + "\n"
    let fields = EvaluationFields(csv: diagonal)
    #expect(fields.fields.isEmpty && fields.scatterFields.count == 1)
  }

  @Test("a run directory's evaluation.csv becomes heat maps on its page")
  func runDirectoryFields() throws {
    let path = try ReportFixtures.runDirectory()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let table = Self.table(["x", "y"], [[0, 0.5, 1], [0, 0.5, 1, 1.5]]) { $0[0] + $0[1] }
    try table.write(to: RunDirectory(path: path).evaluationPath)
    let run = try RunRecord(directory: path)
    #expect(run.fields.count == 1 && run.fieldNotes.isEmpty)
    let html = ReportPage(run: run).html
    try XMLCheck.parse(html)
    #expect(XMLCheck.count(of: "data-grid=\"3x4\"", in: html) == 3)
    let without = try ReportFixtures.runDirectory(name: "no-evaluation")
    defer { try? FileManager.default.removeItem(atPath: without) }
    let bare = try RunRecord(directory: without)
    #expect(bare.fields.isEmpty)
    // The fixture's summary has a relative L2 error: the run was evaluated.
    #expect(bare.fieldNotes.first?.hasPrefix("no evaluation.csv: the run was evaluated") == true)
    #expect(ReportPage(run: bare).html.contains("class=\"field-notes\""))
  }
  @Test("a scatter keeps the points where its output has a reference value")
  func scatterWithGaps() throws {
    let table = EvaluationTable(
      inputNames: ["x", "y"], outputNames: ["u", "v"], points: [0.5, 0, 0.5, 1, 0, 0.5],
      predictions: [[0.1, 0.9, 7], [5, 6, 0.2]], expected: [[0, 1, nil], [nil, nil, 0]])
    let fields = EvaluationFields(csv: table.csv)
    #expect(fields.fields.isEmpty)
    let scatters = fields.scatterFields
    #expect(scatters.map(\.name) == ["u", "v"])
    #expect(scatters[0].xs == [0.5, 0.5] && scatters[0].ys == [0, 1])
    #expect(abs(scatters[0].error[0] - 0.1) < 1e-15 && abs(scatters[0].error[1] + 0.1) < 1e-15)
    #expect(scatters[1].xs == [0] && scatters[1].ys == [0.5] && scatters[1].error == [0.2])
  }
}
