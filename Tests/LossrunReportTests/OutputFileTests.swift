import Foundation
import Testing

@testable import LossrunReport

@Suite struct OutputFileTests {
  @Test func summaryJSONHasAFixedOrderAndParses() throws {
    let summary = RunSummary(
      specName: "poisson-mixed", steps: 20000, seconds: 8, termNames: ["residual", "bc"],
      finalLosses: [0.001, 2.5e-05], finalWeights: [1, 37.5], relativeL2: 0.0061, maxError: nil)
    #expect(summary.stepsPerSecond == 2500)
    #expect(
      summary.jsonText == """
        {
          "spec": "poisson-mixed",
          "steps": 20000,
          "seconds": 8.0,
          "steps_per_second": 2500.0,
          "status": "finished",
          "status_step": 20000,
          "resumed_from": null,
          "final_losses": {"residual":0.001,"bc":2.5e-05},
          "final_weights": {"residual":1.0,"bc":37.5},
          "relative_l2": 0.0061,
          "max_error": null,
          "errors": {},
          "parameters": {},
          "adaptive_sampling": {},
          "settings": null,
          "overrides": {},
          "lossrun_version": "\(LossrunVersion.current)"
        }

        """)
    let parsed = try JSONSerialization.jsonObject(with: Data(summary.jsonText.utf8))
    #expect((parsed as? [String: Any])?["steps"] as? Int == 20000)
  }

  @Test func summaryJSONRecordsSettingsOverridesAndErrorsPerOutput() throws {
    let settings = RunSettings(
      steps: 500, seed: 3, precision: "float64", threads: 2, logEvery: 5, optimizer: "adam",
      weighting: "annealing")
    var summary = RunSummary(
      specName: "pair", steps: 500, seconds: 0, termNames: ["pde"], finalLosses: [0.5],
      finalWeights: [1], relativeL2: 0.25, maxError: 0.75,
      outputErrors: [
        .init(output: "u", relativeL2: 0.125, maxError: 0.75),
        .init(output: "v", relativeL2: .nan, maxError: 0.5),
      ],
      learnedParameters: [
        .init(name: "kappa", initialValue: 0.5, finalValue: 0.125),
        .init(name: "c", initialValue: -1, finalValue: .infinity),
      ],
      settings: settings, overriddenSettings: ["seed", "steps"], version: "9.9.9")
    summary.adaptiveSampling = [
      .init(sampler: "inside", updates: 3, points: 1030, lastUpdateSeconds: 0.25)
    ]
    #expect(
      summary.jsonText.hasSuffix(
        """
          "relative_l2": 0.25,
          "max_error": 0.75,
          "errors": {"u":{"relative_l2":0.125,"max_error":0.75},"v":{"relative_l2":null,"max_error":0.5}},
          "parameters": {"kappa":{"initial":0.5,"final":0.125},"c":{"initial":-1.0,"final":null}},
          "adaptive_sampling": {"inside":{"updates":3,"points":1030,"last_update_seconds":0.25}},
          "settings": {"steps":500,"seed":3,"precision":"float64","threads":2,"log_every":5,"optimizer":"adam","weighting":"annealing"},
          "overrides": {"steps":500,"seed":3},
          "lossrun_version": "9.9.9"
        }

        """))
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(summary.jsonText.utf8)) as? [String: Any])
    #expect((parsed["overrides"] as? [String: Any])?["seed"] as? Int == 3)
    let kappa = (parsed["parameters"] as? [String: Any])?["kappa"] as? [String: Double]
    #expect(kappa == ["initial": 0.5, "final": 0.125])
  }

  @Test func atomicWritesReplaceWholeFilesAndLeaveNoTemporaries() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/summary.json"
    try AtomicFile.write("first", to: path)
    try AtomicFile.write("second", to: path)
    #expect(try contents(of: path) == "second")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["summary.json"])
    #expect(throws: ReportError.self) { try AtomicFile.write("x", to: directory + "/missing/f") }
  }

  @Test func runDirectoryLayout() throws {
    let root = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = RunDirectory(root: root + "/runs/", specName: "helmholtz")
    #expect(run.path == root + "/runs/helmholtz")
    try run.create()
    try run.create()  // idempotent
    try run.writeSpecCopy("name: helmholtz\n", extension: "yaml")
    #expect(try contents(of: run.path + "/spec.yaml") == "name: helmholtz\n")
    #expect(run.metricsPath.hasSuffix("/runs/helmholtz/metrics.csv"))
    #expect(run.summaryPath.hasSuffix("/summary.json"))
    #expect(RunDirectory.safeComponent("../a b/c") == "_._a_b_c")
    #expect(RunDirectory.safeComponent("") == "run")
    #expect(RunDirectory(specName: "x").path == "runs/x")
  }

  @Test(arguments: [ParameterFile.Precision.float32, .float64])
  func parameterFilesRoundTripExactly(precision: ParameterFile.Precision) throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let values: [Float] = [0.1, -2.5, 3e-8, .greatestFiniteMagnitude, 0, -0.0, 7, 8]
    let blocks = [
      ParameterFile.Block(name: "layer1.weight", shape: [3, 2]),
      ParameterFile.Block(name: "layer1.bias", shape: [2]),
    ]
    let file = try ParameterFile(values: values, blocks: blocks, precision: precision)
    let bytes = file.encoded()
    #expect(Array(bytes[0..<8]) == Array("LOSSRUNP".utf8))
    #expect(bytes[12] == UInt8(precision.rawValue))
    let path = directory + "/parameters.lrp"
    try file.write(to: path)
    let read = try ParameterFile.read(from: path)
    #expect(read == file && read.scalars(Float.self).map(\.bitPattern) == values.map(\.bitPattern))
  }

  @Test func parameterFileHeaderIsLittleEndian() throws {
    let file = try ParameterFile(
      values: [1.0], blocks: [.init(name: "w", shape: [1])], precision: .float64)
    let bytes = file.encoded()
    #expect(Array(bytes[8..<12]) == [1, 0, 0, 0])
    #expect(Array(bytes[16..<24]) == [1, 0, 0, 0, 0, 0, 0, 0])
    #expect(Array(bytes.suffix(8)) == [0, 0, 0, 0, 0, 0, 0xF0, 0x3F])
  }

  @Test func damagedParameterFilesAreRejected() throws {
    let file = try ParameterFile(
      values: [1.0, 2.0], blocks: [.init(name: "w", shape: [2])], precision: .float32)
    let bytes = file.encoded()
    var badMagic = bytes
    badMagic[0] = 0
    var badWidth = bytes
    badWidth[12] = 3
    var badMetadata = bytes
    badMetadata[33] = UInt8(ascii: "x")
    for damaged in [badMagic, badWidth, Array(bytes.dropLast()), badMetadata, []] {
      #expect(throws: ReportError.self) { try ParameterFile.decode(damaged, path: "p") }
    }
    #expect(throws: ReportError.self) {
      try ParameterFile(values: [1.0], blocks: [.init(name: "w", shape: [2])], precision: .float32)
    }
    #expect(throws: ReportError.self) {
      try ParameterFile(
        values: [1.0], blocks: [.init(name: "w", shape: [-1, -1])], precision: .float32)
    }
  }
}
