import ArgumentParser
import Foundation
import LossrunCheck
import LossrunDiagnostics
import LossrunReport
import LossrunSpec
import LossrunTraining

/// `lossrun predict RUN_DIR (--grid 200x200 | --at points.csv) [--with u_x,lap(u),residual]
/// [-o FILE] [--format csv|vtk]`: evaluates a trained network.
///
/// Reads the run directory's spec copy and `parameters.lrp`, checks the spec, lowers a plan with
/// one point set and a probe per value (see `Predictor`), and writes a column per input and per
/// value: the network's outputs, then each `--with` item. Located errors in the spec copy or in
/// a `--with` item exit with status 1, as does an unreadable file; a bad flag exits with 2.
struct PredictCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "predict",
    abstract: "Evaluate a trained network on a grid or at given points.",
    discussion: """
      Writes CSV (a column per input, then per value: the outputs, then each --with item, \
      named as written) or a legacy VTK file for ParaView (image data for --grid, polydata \
      for --at). --with takes expressions as a term's residual does (u_x, lap(u), a \
      definition's name, any expression of them), 'residual' (the residual of every term on \
      an interior sampler, columns residual:TERM) and 'residual:TERM' (that term's residual; \
      a system's components are residual:TERM:1, ...). Exit status: 0 written, 1 errors in the \
      spec copy or in --with, or an unreadable or unwritable file, 2 usage error.
      """)

  /// What `--format` writes.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Comma-separated values with a header row.
    case csv
    /// Legacy VTK (ASCII), which ParaView opens.
    case vtk
  }

  @Argument(help: "The run directory: it holds the spec copy and parameters.lrp.")
  var runDirectory: String

  @Option(
    help: ArgumentHelp(
      "Evaluate on an evenly spaced grid over the input box: one count per input (200x100), "
        + "or one count for every input (200).", valueName: "counts"))
  var grid: String?

  @Option(
    name: .customLong("at"),
    help: ArgumentHelp(
      "Evaluate at the points of a CSV file whose header names the inputs (any order, no "
        + "other columns).", valueName: "file"))
  var pointsFile: String?

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp(
      "More values, comma-separated: expressions (u_x, lap(u), a definition), residual, "
        + "residual:TERM.", valueName: "values"))
  var values: String?

  @Option(name: [.short, .customLong("output")], help: "Write here instead of standard output.")
  var output: String?

  @Option(help: "The file format: csv or vtk.")
  var format: OutputFormat = .csv

  /// The id of diagnostics about the run directory's files.
  static let diagnosticID: DiagnosticID = "predict"

  func validate() throws {
    switch (grid, pointsFile) {
    case (nil, nil): throw ValidationError("give the points: --grid COUNTS or --at FILE")
    case (.some, .some): throw ValidationError("give either --grid or --at, not both")
    default: break
    }
    if let grid { _ = try GridCounts(parsing: grid) }
  }

  func run() throws {
    let reporter = DiagnosticsReporter()
    func fail(_ message: String, path: String) throws -> Never {
      reporter.report(Diagnostic(.error, Self.diagnosticID, message, path: path, at: nil))
      try reporter.finish()
      throw ExitCode.failure
    }
    guard let specPath = Self.specCopy(in: runDirectory) else {
      try fail(
        "no spec copy (spec.yaml or spec.loss) in the run directory; is it a lossrun run?",
        path: runDirectory)
    }
    let read = SpecLoader.read(path: specPath)
    guard !read.hasErrors, let spec = read.spec else {
      reporter.report(read.diagnostics.filter { $0.severity == .error }, source: read.source)
      try reporter.finish()
      throw ExitCode.failure
    }
    let requested = RequestedValues(values ?? "")
    let resolution = Self.resolve(requested, spec: spec)
    reporter.report(
      resolution.diagnostics.filter { $0.path != RequestedValues.sourcePath }, source: read.source)
    var itemDiagnostics = DiagnosticCollector(path: RequestedValues.sourcePath)
    itemDiagnostics.append(
      contentsOf: resolution.diagnostics.filter { $0.path == RequestedValues.sourcePath })
    reporter.report(itemDiagnostics.sorted, source: requested.source)
    guard let checked = resolution.checked, let quantities = resolution.quantities else {
      try reporter.finish()
      throw ExitCode.failure
    }
    let inputNames = checked.inputs.map(\.name)
    let columns = inputNames + checked.network.outputs + quantities.map(\.name)
    if let repeated = Self.firstRepeated(columns) {
      throw ValidationError(
        "--with asks for '\(repeated)', which is already a column; every column needs its own "
          + "name")
    }
    if format == .vtk, inputNames.count > 3 {
      throw ValidationError(
        "--format vtk holds at most 3 coordinates, but the spec has \(inputNames.count) inputs; "
          + "write csv")
    }
    var points: [Double]
    var count: Int
    var gridLayout: PredictionTable.Grid?
    if let grid {
      let layout = PredictionGrid(
        spec: checked, counts: try GridCounts(parsing: grid).perInput(inputNames))
      (points, count) = (layout.points, layout.count)
      gridLayout = PredictionTable.Grid(
        counts: layout.counts, origin: layout.lower, spacing: layout.spacing)
    } else {
      let path = pointsFile ?? ""
      do throws(PointsFile.Failure) {
        let file = try PointsFile(path: path, inputNames: inputNames)
        (points, count) = (file.points, file.count)
      } catch {
        try fail(error.message, path: path)
      }
    }
    let parametersPath = RunDirectory(path: runDirectory).parametersPath
    let parameters: ParameterFile
    do throws(ReportError) {
      parameters = try ParameterFile.read(from: parametersPath)
    } catch {
      try fail(error.message, path: parametersPath)
    }
    let table: PredictionTable
    do {
      let predictor = try Predictor(
        spec: checked, quantities: quantities, parameters: parameters, pointCount: count)
      table = PredictionTable(
        inputNames: inputNames, valueNames: predictor.valueNames, points: points, count: count,
        values: predictor.evaluate(points: points, count: count),
        precision: predictor.precision, grid: gridLayout)
    } catch let error as TrainingError {
      try fail(error.message, path: parametersPath)
    }
    let text: String
    switch format {
    case .csv: text = table.csvText()
    case .vtk:
      text =
        table.vtkText(title: "lossrun \(LossrunVersion.current) prediction of \(checked.name)")
        ?? ""
    }
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do throws(ReportError) {
      try AtomicFile.write(text, to: output)
    } catch {
      try fail("cannot write the prediction: \(error.message)", path: output)
    }
  }

  /// The spec copy in `directory` (`spec.yaml`, else `spec.loss`), or nil when there is none.
  static func specCopy(in directory: String) -> String? {
    let run = RunDirectory(path: directory)
    return ["yaml", "loss"].map { run.specCopyPath(extension: $0) }.first {
      FileManager.default.fileExists(atPath: $0)
    }
  }

  /// The first name that occurs twice in `names`.
  static func firstRepeated(_ names: [String]) -> String? {
    var seen: Set<String> = []
    return names.first { !seen.insert($0).inserted }
  }
}
