import Foundation
import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `lint` reads the reference file a spec names, resolved from the spec file's directory (not
/// the current directory), and reports at the `reference:` value why it cannot be used.
@Suite struct ReferenceFileCheckTests {
  /// A fresh directory holding a spec that evaluates against `reference`; the spec's path is
  /// absolute, so the current directory (the package root) is never the spec's directory.
  static func lint(reference: String, files: [String: Data]) throws -> (
    report: SpecFrontEnd.Report, directory: String
  ) {
    let directory =
      NSTemporaryDirectory() + "lossrun-reference-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(
      atPath: directory + "/data", withIntermediateDirectories: true)
    for (name, contents) in files {
      #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: contents))
    }
    let text = SpecFixtures.base.patched(
      replacing: "training: { steps: 10 }",
      with: "training: { steps: 10 }\nevaluate: { reference: \(reference) }")
    let path = directory + "/spec.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (SpecFrontEnd.load(path: path, machineMemory: SpecFixtures.plentyOfMemory), directory)
  }

  /// The one error of `report`, which must be a reference-file error at the reference value
  /// (line 13, after `reference: `).
  static func referenceError(_ report: SpecFrontEnd.Report) throws -> Diagnostic {
    let errors = report.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors.map(\.message))")
    let error = try #require(errors.first)
    #expect(error.id == .referenceFile)
    #expect(error.range?.start == SourceLocation(line: 13, column: 24))
    return error
  }

  @Test func aRelativeReferenceIsReadFromTheSpecFilesDirectory() throws {
    let (report, directory) = try Self.lint(
      reference: "data/ref.csv", files: ["data/ref.csv": Data("x,y,u\n0,0,1\n1,1,2\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    let reference = try #require(report.checked?.evaluation?.reference)
    #expect(reference.path == "data/ref.csv")
    #expect(reference.resolvedPath == directory + "/data/ref.csv")
  }

  @Test func aMissingFileNamesTheResolvedPathAndTheReason() throws {
    let (report, directory) = try Self.lint(reference: "data/missing.csv", files: [:])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let error = try Self.referenceError(report)
    #expect(
      error.message
        == "cannot read the reference file '\(directory)/data/missing.csv': no such file")
    #expect(
      error.notes.map(\.message) == [
        "'data/missing.csv' is resolved from the spec file's directory"
      ])
    #expect(report.checked == nil)
  }

  @Test func aDirectoryIsNotAReferenceFile() throws {
    let (report, directory) = try Self.lint(reference: "data", files: [:])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(try Self.referenceError(report).message.hasSuffix("/data': it is a directory"))
  }

  @Test func aFileThatIsNotUTF8IsReported() throws {
    let (report, directory) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data([0x78, 0x2C, 0xFF, 0xFE, 0x0A])])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(try Self.referenceError(report).message.hasSuffix("/ref.csv': it is not UTF-8 text"))
  }

  @Test(.enabled(if: getuid() != 0, "root reads every file"))
  func anUnreadableFileIsPermissionDenied() throws {
    let (report, directory) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data("x,y,u\n0,0,1\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o000], ofItemAtPath: directory + "/ref.csv")
    let again = SpecFrontEnd.load(path: report.path, machineMemory: SpecFixtures.plentyOfMemory)
    #expect(try Self.referenceError(again).message.hasSuffix("/ref.csv': permission denied"))
  }

  @Test func missingColumnsAreNamed() throws {
    let (noInput, first) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data("x,u\n0,1\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: first) }
    let message = try Self.referenceError(noInput).message
    #expect(
      message
        == "the reference file '\(first)/ref.csv' has no column 'y' (it needs one per input: "
        + "x, y; its columns: x, u)")
    let (noOutput, second) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data("x,y,v\n0,1,2\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: second) }
    #expect(
      try Self.referenceError(noOutput).message
        == "the reference file '\(second)/ref.csv' names none of the network's outputs (u); "
        + "its columns: x, y, v")
  }

  @Test func aBadRowIsReportedWithItsLineInTheFile() throws {
    // Line 3 is blank and skipped; line 4 holds the bad field.
    let (report, directory) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data("x,y,u\n0,0,1\n\n0.5,abc,2\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(
      try Self.referenceError(report).message
        == "the reference file '\(directory)/ref.csv', line 4: column 2 ('y') is not a finite "
        + "number")
  }

  @Test func anEmptyFileOrOneWithoutRowsIsReported() throws {
    let (empty, first) = try Self.lint(reference: "ref.csv", files: ["ref.csv": Data()])
    defer { try? FileManager.default.removeItem(atPath: first) }
    #expect(try Self.referenceError(empty).message.hasSuffix("/ref.csv' is empty"))
    let (headerOnly, second) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data("x,y,u\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: second) }
    #expect(try Self.referenceError(headerOnly).message.hasSuffix("/ref.csv' has no rows"))
  }

  @Test func aRowWithoutAnyOutputValueIsReported() throws {
    let (report, directory) = try Self.lint(
      reference: "ref.csv", files: ["ref.csv": Data("x,y,u\n0,0,1\n0.5,0.5, \n1,1,2\n".utf8)])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // The one output has no value on line 3: that row is useless, and says so.
    #expect(
      try Self.referenceError(report).message
        == "the reference file '\(directory)/ref.csv', line 3: no value for any output (u); a "
        + "row needs at least one")
  }

  @Test func rowsMayGiveSomeOutputsOnly() throws {
    let directory =
      NSTemporaryDirectory() + "lossrun-reference-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/ref.csv"
    try "x,y,v,u\n0,0,,1\n0.5,0.5,2,\n1,1,3,4\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let table = try CSVFile(path: path).table(inputs: ["x", "y"], outputs: ["u", "v", "p"])
    // Outputs in network order, whatever the file's column order.
    #expect(table.outputs == [0, 1])
    #expect(table.points == [0, 0, 0.5, 0.5, 1, 1])
    #expect(table.values == [[1, nil, 4], [nil, 2, 3]])
    // An empty input cell is still an error, and so is text in an output's cell.
    for (text, message) in [
      ("x,y,u\n0,,1\n", "line 2: column 2 ('y') is not a finite number"),
      ("x,y,u,v\n0,0,1,\n0,1,x,2\n", "line 3: column 3 ('u') is not a finite number"),
      ("x,y,u\n0,0\n", "line 2: column 3 ('u') is not a finite number"),
    ] {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      do throws(CSVFile.Failure) {
        _ = try CSVFile(path: path).table(inputs: ["x", "y"], outputs: ["u", "v"])
        Issue.record("'\(text)' was accepted")
      } catch {
        #expect(error.message == "the reference file '\(path)', " + message)
      }
    }
    // A column without any value is refused at the header.
    try "x,y,u,v\n0,0,1,\n1,1,2,\n".write(toFile: path, atomically: true, encoding: .utf8)
    do throws(CSVFile.Failure) {
      _ = try CSVFile(path: path).table(inputs: ["x", "y"], outputs: ["u", "v"])
      Issue.record("a column without values was accepted")
    } catch {
      #expect(
        error.message
          == "the reference file '\(path)' has no value in column 'v' on any row; fill some of "
          + "its cells or remove the column")
      #expect(error.range?.start == SourceLocation(line: 1, column: 1))
    }
  }
}
