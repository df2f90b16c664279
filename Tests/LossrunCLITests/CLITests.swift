import Foundation
import LossrunReport
import LossrunTestSupport
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
    let outcome = try ChildProcess.run(binary, arguments, in: packageRoot)
    return Run(
      status: outcome.status, standardOutput: outcome.standardOutput,
      standardError: outcome.standardError)
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
      Self.badSpec.patched(replacing: "u_xx - f", with: "u_xx - 1")
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

  /// The shared small Poisson spec, long enough that `--steps` decides where a run stops.
  static let smallSpec = SpecFixtures.smallPoissonYAML(steps: 1000)

  /// Bad flag values exit with the usage status and say what is wrong with the value.
  @Test func badFlagValuesExitWithTwo() throws {
    let negative = try Self.run(["run", "specs/poisson-mixed.yaml", "--steps", "-5"])
    #expect(negative.status == 2)
    #expect(negative.standardError.hasPrefix("Error: --steps must be at least 1, not -5\n"))
    let zero = try Self.run(["specs/poisson-mixed.yaml", "--steps", "0"])
    #expect(zero.status == 2)
    #expect(zero.standardError.hasPrefix("Error: --steps must be at least 1, not 0\n"))
    let bench = try Self.run(["bench", "specs/poisson-mixed.yaml", "--points", "8", "--steps", "3"])
    #expect(bench.status == 2)
  }

  /// On a pipe, a run prints one plain line per logged step, the relative L2 error with the step
  /// it was measured at, and a closing line.
  @Test func aRunPrintsPlainProgressLines() throws {
    let path = try Self.temporarySpec(Self.smallSpec, name: "small.yaml")
    let out = (path as NSString).deletingLastPathComponent + "/out"
    let result = try Self.run(["run", path, "--steps", "22", "--out", out])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    #expect(
      lines.dropLast().map { String($0.split(separator: " ")[1]) } == [
        "1/22", "6/22", "11/22", "16/22", "21/22",
      ])
    let measured = lines.dropLast().map { line in
      line.range(of: "rel L2 ").map { String(line[$0.upperBound...].split(separator: "@")[1]) }
    }
    #expect(measured == ["0", "0", "10", "10", "20"])
    #expect(lines[5].hasPrefix("22 steps in "))
    #expect(lines[5].contains("; relative L2 "))
    #expect(lines[5].hasSuffix("; outputs in \(out)/"))
    for file in ["metrics.csv", "summary.json", "parameters.lrp", "spec.yaml"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
    }
  }

  @Test func benchPrintsItsTimings() throws {
    let path = try Self.temporarySpec(Self.smallSpec, name: "small.yaml")
    let result = try Self.run(["bench", path, "--points", "8", "--timed-steps", "2"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 10)
    #expect(lines.first?.hasPrefix("points per sampler 8, ") == true)
    #expect(lines.first?.hasSuffix(", 1 thread(s)") == true)
    #expect(lines[3].hasPrefix("per-term / summed  "))
    // The training step with the spec's own weighting, named by its rule.
    #expect(lines[4].hasPrefix("annealing step  "))
    #expect(lines[4].hasSuffix("× the summed step)"))
    #expect(lines[5].hasPrefix("NTK weight update  "))
    #expect(lines[5].contains("(batch 300 per term; "))
    // What the samplers' draws add to a step, then each sampler's draw.
    #expect(lines[6].hasPrefix("sampling       ") && lines[6].contains(" ms per step  ("))
    #expect(
      lines[6].contains("of the summed step, ") && lines[6].hasSuffix("of the annealing step)"))
    #expect(lines[7].hasPrefix("  interior  8 points  ") && lines[7].hasSuffix(", every step"))
    #expect(lines[8].hasPrefix("  wall  8 points  ") && lines[8].contains(" ms per draw"))
    #expect(lines[9].hasPrefix("  side  8 points  "))
  }

  /// The weighted step names a composition by its rule and aggregator, and an aggregator
  /// selected alone by its own name.
  @Test(arguments: [
    ("{ rule: annealing, stat: mean, combine: upgrad }", "annealing+upgrad step  "),
    ("{ rule: pcgrad }", "pcgrad step  "),
  ])
  func benchTimesTheSpecsOwnWeighting(weighting: String, line: String) throws {
    let spec = SpecFixtures.smallPoissonYAML(steps: 1000, weighting: weighting)
    let path = try Self.temporarySpec(spec, name: "weighted.yaml")
    let result = try Self.run(["bench", path, "--points", "8", "--timed-steps", "2"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 10 && lines[4].hasPrefix(line), "\(result.standardOutput)")
  }

  /// `--version` prints the version every run records in `summary.json`, and nothing else.
  @Test func versionPrintsLossrunsVersion() throws {
    let result = try Self.run(["--version"])
    #expect(result.status == 0)
    #expect(result.standardOutput == LossrunVersion.current + "\n")
    #expect(result.standardError.isEmpty)
  }

  @Test func schemaIsJSON() throws {
    let result = try Self.run(["schema"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    #expect(object is [String: Any])
  }
}
