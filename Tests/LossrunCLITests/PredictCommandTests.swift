import ArgumentParser
import Foundation
import LossrunTestSupport
import Testing

@testable import lossrun

/// `lossrun predict`: flag errors, `--with` errors located in the flag's text, the CSV and VTK
/// files it writes, and agreement with the evaluation inside training.
@Suite struct PredictCommandTests {
  @Test(arguments: [
    (["predict", "r"], "give the points: --grid COUNTS or --at FILE"),
    (["predict", "r", "--grid", "4", "--at", "p.csv"], "give either --grid or --at, not both"),
    (["predict", "r", "--grid", "200x"], "--grid '200x': '' is not a whole number"),
    (["predict", "r", "--grid", "ax2"], "--grid 'ax2': 'a' is not a whole number"),
    (["predict", "r", "--grid", "1"], "--grid '1': 1 values per input is too few"),
    (["predict", "r", "--grid", "3x-2"], "--grid '3x-2': -2 values per input is too few"),
    (["predict", "r", "--grid", "4", "--format", "xml"], "xml"),
  ])
  func badFlagsAreUsageErrors(arguments: [String], message: String) throws {
    let error = try #require(FlagValidationTests.usageError(arguments), "\(arguments) parsed")
    #expect(error.status == 2)
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test func gridCountsExpandToOnePerInput() throws {
    #expect(try GridCounts(parsing: "7").perInput(["x", "y", "t"]) == [7, 7, 7])
    #expect(try GridCounts(parsing: "3x5").perInput(["x", "t"]) == [3, 5])
    #expect(throws: ValidationError.self) { try GridCounts(parsing: "3x5").perInput(["x"]) }
    #expect(throws: ValidationError.self) {
      try GridCounts(parsing: "10000x10000").perInput(["x", "y"])
    }
  }

  @Test func withItemsSplitAtTopLevelCommas() {
    let items = RequestedValues(" u_x,lap(u) ,, max(u, 0),residual:pde").items
    #expect(items.map(\.text) == ["u_x", "lap(u)", "max(u, 0)", "residual:pde"])
    #expect(items.map(\.start.column) == [2, 6, 16, 26])
  }

  @Test func writesAColumnPerInputAndValue() throws {
    let run = try TrainedRun()
    defer { run.remove() }
    let result = try run.predict(["--grid", "3x2", "--with", "u_x,lap(u),exact,residual"])
    #expect(result.status == 0, "\(result.standardError)")
    let table = try NumericCSV(result.standardOutput)
    #expect(table.columns == ["x", "y", "u", "u_x", "lap(u)", "exact", "residual:residual"])
    #expect(try table.column("x") == [0, 0, 0.5, 0.5, 1, 1])
    #expect(try table.column("y") == [0, 1, 0, 1, 0, 1])
    for row in 0..<table.rows.count {
      let (x, y) = (try table.column("x")[row], try table.column("y")[row])
      let exact = try table.column("exact")[row]
      #expect(abs(exact - sin(Double.pi * x) * y) < 1e-6)
      let residual = -(try table.column("lap(u)")[row]) - Double.pi * Double.pi * exact
      #expect(abs(try table.column("residual:residual")[row] - residual) < 1e-4)
    }
    let toFile = try run.predict(["--grid", "3x2", "--with", "u_x", "-o", run.root + "/p.csv"])
    #expect(toFile.status == 0 && toFile.standardOutput.isEmpty)
    let written = try NumericCSV(String(contentsOfFile: run.root + "/p.csv", encoding: .utf8))
    #expect(try written.column("u_x") == table.column("u_x"))
  }

  @Test func withErrorsPointIntoTheFlag() throws {
    let run = try TrainedRun()
    defer { run.remove() }
    let result = try run.predict(["--grid", "3", "--with", "u_x, lapp(u),dn(u),residual:wal"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    let text = result.standardError
    #expect(text.contains("--with:1:6: error: unknown function 'lapp'; did you mean 'lap'?"))
    #expect(text.contains("u_x, lapp(u),dn(u),residual:wal\n     ^~~~"))
    #expect(text.contains("--with:1:14: error: dn(...) needs the outward normals"))
    #expect(text.contains("--with:1:20: error: 'wal' is not a term; did you mean 'wall'?"))
    #expect(text.contains("3 errors generated."))
    let normals = try run.predict(["--grid", "3", "--with", "residual:side"])
    #expect(normals.status == 1)
    #expect(normals.standardError.contains("term 'side' reads dn(...)"))
    let repeated = try run.predict(["--grid", "3", "--with", "u"])
    #expect(repeated.status == 2)
    #expect(repeated.standardError.contains("'u', which is already a column"))
    let counts = try run.predict(["--grid", "3x3x3"])
    #expect(counts.status == 2)
    #expect(counts.standardError.contains("--grid gives 3 counts, but the spec has 2 inputs"))
  }

  @Test func pointsFileColumnsMayComeInAnyOrder() throws {
    let run = try TrainedRun()
    defer { run.remove() }
    let swapped = try run.file("swapped.csv", "y, x\n1, 0.5\n\n0,1\n")
    let atPoints = try NumericCSV(try run.predict(["--at", swapped]).standardOutput)
    let onGrid = try NumericCSV(try run.predict(["--grid", "3x2"]).standardOutput)
    #expect(atPoints.columns == ["x", "y", "u"])
    #expect(atPoints.rows == [onGrid.rows[3], onGrid.rows[4]])
    let extra = try run.file("extra.csv", "x,y,u\n0,0,1\n")
    let refused = try run.predict(["--at", extra])
    #expect(refused.status == 1)
    #expect(refused.standardError.contains("has a column 'u', which is not an input"))
    let missing = try run.predict(["--at", try run.file("missing.csv", "x\n0\n")])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("has no column 'y'"))
  }

  /// The spec copy in a run directory names its reference file relative to the original spec;
  /// prediction does not evaluate, so it checks the spec without its evaluation.
  @Test func aReferenceFileBesideTheOriginalSpecIsNotNeeded() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("lossrun-predict-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try "x,y,u\n0,0,0\n0.5,1,1\n1,1,0\n".write(
      toFile: root + "/ref.csv", atomically: true, encoding: .utf8)
    let spec = SpecFixtures.smallPoissonYAML(steps: 5).patched(
      replacing: "evaluate: { exact: exact, grid: [11, 11], every: 10 }",
      with: "evaluate: { reference: ref.csv }")
    try spec.write(toFile: root + "/spec.yaml", atomically: true, encoding: .utf8)
    #expect(try CLITests.run([root + "/spec.yaml", "--out", root + "/run"]).status == 0)
    let result = try CLITests.run(["predict", root + "/run", "--grid", "2"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try NumericCSV(result.standardOutput).rows.count == 4)
  }

  @Test func vtkGridsAreImageDataAndPointsArePolyData() throws {
    let run = try TrainedRun()
    defer { run.remove() }
    let csv = try NumericCSV(try run.predict(["--grid", "3x2", "--with", "u_y"]).standardOutput)
    let grid = try run.predict(["--grid", "3x2", "--with", "u_y", "--format", "vtk"])
    #expect(grid.status == 0, "\(grid.standardError)")
    let lines = grid.standardOutput.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.prefix(10)) == [
        "# vtk DataFile Version 3.0", "lossrun 0.3.0 prediction of small", "ASCII",
        "DATASET STRUCTURED_POINTS", "DIMENSIONS 3 2 1", "ORIGIN 0.0 0.0 0.0",
        "SPACING 0.5 1.0 1.0", "POINT_DATA 6", "SCALARS u float 1", "LOOKUP_TABLE default",
      ])
    // VTK orders the points with x fastest; the CSV with the last input fastest.
    let u = try csv.column("u")
    #expect(lines[10..<16].map { Double($0) } == [0, 2, 4, 1, 3, 5].map { u[$0] })
    #expect(lines[16...17] == ["SCALARS u_y float 1", "LOOKUP_TABLE default"])
    #expect(lines.count == 24)
    let points = try run.file("points.csv", "x,y\n0.25,0.5\n1,0\n")
    let poly = try run.predict(["--at", points, "--format", "vtk"])
    let polyLines = poly.standardOutput.split(separator: "\n").map(String.init)
    #expect(
      Array(polyLines[3...]) == [
        "DATASET POLYDATA", "POINTS 2 double", "0.25 0.5 0", "1.0 0.0 0", "VERTICES 2 4", "1 0",
        "1 1", "POINT_DATA 2", "SCALARS u float 1", "LOOKUP_TABLE default", polyLines[13],
        polyLines[14],
      ])
  }

  /// The relative L2 and max errors recomputed from a prediction on the evaluation grid agree
  /// with those the training measured (the same points, values and sums: to rounding). Float32
  /// values are written in their shortest float32 form, so they are read back as Float.
  @Test(arguments: ["float32", "float64"])
  func gridPredictionAgreesWithTheTrainingEvaluation(precision: String) throws {
    let run = try TrainedRun(precision: precision)
    defer { run.remove() }
    let result = try run.predict(["--grid", "11x11"])
    let table = try NumericCSV(result.standardOutput)
    let (x, y) = (try table.column("x"), try table.column("y"))
    let u = try table.column("u").map { precision == "float32" ? Double(Float($0)) : $0 }
    #expect(u.count == 121)
    var (squaredError, squaredExact, largest) = (0.0, 0.0, 0.0)
    for point in u.indices {
      let exact = sin(Double.pi * x[point]) * y[point]
      squaredError += (u[point] - exact) * (u[point] - exact)
      squaredExact += exact * exact
      largest = max(largest, abs(u[point] - exact))
    }
    let summary = try #require(
      JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: run.directory + "/summary.json")))
        as? [String: Any])
    let relativeL2 = try #require(summary["relative_l2"] as? Double)
    let maxError = try #require(summary["max_error"] as? Double)
    #expect(abs((squaredError / squaredExact).squareRoot() - relativeL2) <= 1e-12 * relativeL2)
    #expect(abs(largest - maxError) <= 1e-12 * maxError)
  }
}
