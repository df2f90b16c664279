import Foundation
import Testing

/// Runs the built `lossrun` binary and checks exit statuses and output.
@Suite struct CLITests {
  /// What one run printed and how it ended.
  struct Run {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `lossrun` binary next to the test bundle.
  static var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("lossrun")
  }

  static func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporarySpec(_ text: String, name: String = "bad.yaml") throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lossrun-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent(name)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  static let badSpec = """
    inputs: { x: [0, 1] }
    network: { outputs: [u], hidden: [4] }
    samplers: { s: { region: interior, points: 8 } }
    terms: { r: { on: s, residual: "u_xx - f" } }
    """

  @Test func lintsTheExamplesClean() throws {
    let specs = try FileManager.default.contentsOfDirectory(
      atPath: Self.packageRoot.appendingPathComponent("specs").path
    ).filter { $0.hasSuffix(".yaml") }.sorted().map { "specs/" + $0 }
    let result = try Self.run(["lint"] + specs)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError == "\(specs.count) files checked, no problems found.\n")
  }

  @Test func reportsErrorsInCompilerStyle() throws {
    let path = try Self.temporarySpec(Self.badSpec)
    let result = try Self.run(["lint", path])
    #expect(result.status == 1)
    #expect(
      result.standardError == """
        \(path):4:40: error: 'f' is not defined (the residual of term 'r' may use inputs, \
        constants, definitions, parameters and network outputs); did you mean 'u'? [undefined-name]
        terms: { r: { on: s, residual: "u_xx - f" } }
                                               ^
        1 error generated.

        """)
    #expect(result.standardOutput.isEmpty)
  }

  @Test func printsJSONLinesOnStandardOutput() throws {
    let path = try Self.temporarySpec(Self.badSpec)
    let result = try Self.run(["lint", "--format", "json", path])
    #expect(result.status == 1)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8))
    let dictionary = try #require(object as? [String: Any])
    #expect(dictionary["id"] as? String == "undefined-name")
    #expect(dictionary["line"] as? Int == 4)
    #expect(dictionary["column"] as? Int == 40)
    #expect(dictionary["severity"] as? String == "error")
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let path = try Self.temporarySpec(
      Self.badSpec.replacingOccurrences(of: "u_xx - f", with: "u_xx - 1")
        + "\nconstants: { spare: 1 }\n")
    let lenient = try Self.run(["lint", path])
    #expect(lenient.status == 0)
    #expect(lenient.standardError.contains("warning: constant 'spare' is never used"))
    let strict = try Self.run(["lint", "--strict", path])
    #expect(strict.status == 1)
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try Self.run(["lint"]).status == 2)
    #expect(try Self.run(["lint", "--no-such-flag", "specs/helmholtz.yaml"]).status == 2)
    #expect(try Self.run(["lint", "--format", "xml", "specs/helmholtz.yaml"]).status == 2)
  }

  @Test func missingFilesAndDirectoriesAreDiagnostics() throws {
    let missing = try Self.run(["lint", "no/such/spec.yaml"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("[unreadable-file]"))
    let directory = try Self.run(["lint", "specs"])
    #expect(directory.status == 1)
    #expect(directory.standardError.contains("[unreadable-file]"))
  }

  /// `lossrun SPEC` and `lossrun run SPEC` check the spec first: errors stop with status 1
  /// before any training starts.
  @Test func runStopsOnSpecErrors() throws {
    let path = try Self.temporarySpec(Self.badSpec)
    let implicit = try Self.run([path])
    #expect(implicit.status == 1)
    #expect(implicit.standardError.contains("[undefined-name]"))
    let explicit = try Self.run(["run", path])
    #expect(explicit.status == 1)
    let missing = try Self.run(["no/such/spec.yaml"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("[unreadable-file]"))
  }

  @Test func schemaIsJSON() throws {
    let result = try Self.run(["schema"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    #expect(object is [String: Any])
  }
}
