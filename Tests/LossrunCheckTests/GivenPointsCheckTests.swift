import Foundation
import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `lint` checks samplers whose points are given: listed rows (one number per input, inside
/// the domain) and data files (the file, its header, every cell, the domain, the batch size),
/// and the `data.NAME` columns residuals read. Problems in a data file are located there.
@Suite struct GivenPointsCheckTests {
  /// A one-input spec with a gauge of listed points and a term on a data file.
  static func spec(
    gauge: String = "[[0.5]]", file: String = "data/obs.csv", batch: String = "",
    residual: String = "u - data.u", dataSampler: String = "obs"
  ) -> String {
    """
    inputs: { x: [0, 1] }
    network: { outputs: [u], hidden: [4] }
    samplers:
      inside: { region: interior, points: 8 }
      gauge: { points: \(gauge) }
      obs: { file: \(file)\(batch) }
    terms:
      pde: { on: inside, residual: "u_xx" }
      pin: { on: gauge, residual: "u - 1" }
      fit: { on: \(dataSampler), residual: "\(residual)" }
    training: { steps: 10 }
    """
  }

  /// Lints `text` written as `spec.yaml` in a fresh directory holding `files`.
  static func lint(_ text: String, files: [String: String]) throws -> (
    report: SpecFrontEnd.Report, directory: String
  ) {
    let directory =
      NSTemporaryDirectory() + "lossrun-points-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(
      atPath: directory + "/data", withIntermediateDirectories: true)
    for (name, contents) in files {
      try contents.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    let path = directory + "/spec.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (SpecFrontEnd.load(path: path, machineMemory: SpecFixtures.plentyOfMemory), directory)
  }

  static let goodData = "x,u,v\n0.1,1.5,0\n0.4,2,0\n0.9,2.5,1\n"

  static func errors(_ report: SpecFrontEnd.Report) -> [Diagnostic] {
    report.diagnostics.filter { $0.severity == .error }
  }

  @Test func goodGivenPointsCheckClean() throws {
    let (report, directory) = try Self.lint(
      Self.spec(gauge: "[[0.5], [1]]", batch: ", batch: 2"),
      files: ["data/obs.csv": Self.goodData])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(Self.errors(report).isEmpty, "\(report.diagnostics.map(\.message))")
    let checked = try #require(report.checked)
    #expect(checked.samplers[1].source == .listed(points: [0.5, 1]))
    guard case .file(let file) = checked.samplers[2].source else {
      Issue.record("not a file sampler")
      return
    }
    #expect(file.points == [0.1, 0.4, 0.9])
    #expect(file.dataColumns == ["u", "v"])
    #expect(file.values == [[1.5, 2, 2.5], [0, 0, 1]])
    #expect(file.batch == 2)
    #expect(checked.samplers[2].pointCount(inputs: 1) == 2)
    #expect(checked.terms[2].residuals.first?.children.last == .data(column: 0))
    #expect(report.dataSources.map(\.path) == [directory + "/data/obs.csv"])
  }

  @Test func aListedRowOfTheWrongLengthIsLocated() throws {
    let (report, directory) = try Self.lint(
      Self.spec(gauge: "[[0.5], [0.5, 1]]"), files: ["data/obs.csv": Self.goodData])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(Self.errors(report).count == 1)
    #expect(error.id == .invalidValue)
    #expect(error.message.contains("has 2 coordinates; it needs one per input, in order: x"))
    #expect(error.range?.start == SourceLocation(line: 5, column: 28))
  }

  @Test func aListedPointOutsideTheBoxIsLocatedAtTheCoordinate() throws {
    let (report, directory) = try Self.lint(
      Self.spec(gauge: "[[1.5]]"), files: ["data/obs.csv": Self.goodData])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .pointOutsideDomain)
    #expect(error.message == "point (1.5) of sampler 'gauge' lies outside the range of x, [0, 1]")
    #expect(error.range == SourceRange(line: 5, columns: 22..<25))
  }

  @Test func aMissingDataFileIsReportedAtItsName() throws {
    let (report, directory) = try Self.lint(Self.spec(), files: [:])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(Self.errors(report).count == 1, "\(Self.errors(report).map(\.message))")
    #expect(error.id == .dataFile)
    #expect(error.message == "cannot read the data file '\(directory)/data/obs.csv': no such file")
    #expect(error.path == directory + "/spec.yaml")
    #expect(error.range?.start == SourceLocation(line: 6, column: 16))
  }

  @Test func aMissingInputColumnIsLocatedAtTheHeader() throws {
    let (report, directory) = try Self.lint(
      Self.spec(), files: ["data/obs.csv": "position,u\n0.5,1\n"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .dataFile)
    #expect(error.message.contains("has no column 'x'"))
    #expect(error.path == directory + "/data/obs.csv")
    #expect(error.range == SourceRange(line: 1, columns: 1..<11))
    #expect(error.notes.first?.message.hasPrefix("read for sampler 'obs'") == true)
  }

  @Test func aBadNumberIsLocatedAtItsRowAndColumnInTheFile() throws {
    let (report, directory) = try Self.lint(
      Self.spec(), files: ["data/obs.csv": "x,u\n0.1,1\n\n0.2, oops\n"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .dataFile)
    #expect(
      error.message
        == "the data file '\(directory)/data/obs.csv', line 4: column 2 ('u') is not a finite "
        + "number")
    #expect(error.path == directory + "/data/obs.csv")
    #expect(error.range == SourceRange(line: 4, columns: 5..<10))
    // The renderer quotes the data file's line.
    let rendered = DiagnosticRenderer(sources: report.dataSources).text([error])
    #expect(rendered.contains("0.2, oops"), "\(rendered)")
  }

  @Test func aFilePointOutsideTheDomainIsLocatedInTheFile() throws {
    let (report, directory) = try Self.lint(
      Self.spec(), files: ["data/obs.csv": "x,u\n0.1,1\n-0.25,2\n"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .pointOutsideDomain)
    #expect(error.message.contains("line 3: point (-0.25) lies outside the range of x, [0, 1]"))
    #expect(error.range == SourceRange(line: 3, columns: 1..<6))
  }

  @Test func anUnknownDataColumnGetsASuggestion() throws {
    let (report, directory) = try Self.lint(
      Self.spec(residual: "u - data.uu"), files: ["data/obs.csv": Self.goodData])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .undefinedName)
    #expect(error.message.contains("has no column 'uu'; did you mean 'u'?"), "\(error.message)")
    #expect(error.message.contains("its data columns: u, v"))
  }

  @Test func dataOnASamplerWithoutAFileIsAnError() throws {
    let (report, directory) = try Self.lint(
      Self.spec(dataSampler: "inside"), files: ["data/obs.csv": Self.goodData])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .undefinedName)
    #expect(error.message.contains("is on a sampler without a data file"), "\(error.message)")
  }

  @Test func aBatchLargerThanTheFileIsAnError() throws {
    let (report, directory) = try Self.lint(
      Self.spec(batch: ", batch: 4"), files: ["data/obs.csv": Self.goodData])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try #require(Self.errors(report).first)
    #expect(error.id == .invalidValue)
    #expect(error.message.contains("batches of 4 rows, but its data file has 3"))
  }
}
