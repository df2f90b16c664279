import Foundation
import LossrunCheck
import LossrunTestSupport
import Testing

/// Validates the shipped specs against `lossrun schema` with Python's `jsonschema`, the validator
/// editors' YAML plugins behave like.
///
/// Needs `python3` with the `jsonschema` and `PyYAML` packages. Without them the test is skipped
/// with a message, except in CI (`CI=true`), where it fails.
@Suite struct SpecSchemaValidationTests {
  private static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Prints one line per file: `ok PATH` or `invalid PATH: MESSAGE`.
  ///
  /// PyYAML follows YAML 1.1, where `1e-3` is a string and `on` is a boolean; lossrun (libyaml
  /// through Yams) and editors' YAML servers follow YAML 1.2's core schema, so the loader gets
  /// 1.2's float and boolean rules.
  private static let validator = #"""
    import json, re, sys, yaml, jsonschema
    class Loader(yaml.SafeLoader):
        pass
    replaced = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:float")
    Loader.yaml_implicit_resolvers = {
        first: [(tag, rule) for tag, rule in rules if tag not in replaced]
        for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"))
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"
                   r"|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$"),
        list("-+0123456789."))
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sys.argv[2:]:
        errors = sorted(validator.iter_errors(yaml.load(open(path), Loader=Loader)), key=str)
        print(("ok " + path) if not errors else ("invalid " + path + ": " + errors[0].message))
    """#

  private struct Outcome {
    var status: Int32
    var lines: [String]
    var errors: String
  }

  private static func validate(_ paths: [String]) throws -> Outcome? {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lossrun-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let schema = directory.appendingPathComponent("schema.json")
    try SpecSchema.json.write(to: schema, atomically: true, encoding: .utf8)
    let run = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", validator, schema.path] + paths,
      in: packageRoot)
    let errors = run.standardError
    if run.status != 0, errors.contains("ModuleNotFoundError") || run.status == 127 {
      let message = "python3 with jsonschema and PyYAML is needed: \(errors)"
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record(Comment(rawValue: message))
      } else {
        print("SpecSchemaValidationTests skipped: \(message)")
      }
      return nil
    }
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    return Outcome(status: run.status, lines: lines, errors: errors)
  }

  private static func temporarySpec(_ text: String) throws -> String {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("lossrun-schema-case-\(UUID().uuidString).yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test func everyShippedYAMLSpecValidates() throws {
    let specs = try FileManager.default.contentsOfDirectory(
      atPath: Self.packageRoot.appendingPathComponent("specs").path
    ).filter { $0.hasSuffix(".yaml") }.sorted().map { "specs/" + $0 }
    #expect(specs.count >= 5)
    guard let outcome = try Self.validate(specs) else { return }
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(outcome.lines == specs.map { "ok " + $0 }, "\(outcome.lines)")
  }

  @Test func shorthandAndPresetNamesValidateAndUnknownRulesAreRejected() throws {
    let base = """
      inputs: { x: [0, 1] }
      network: { outputs: [u], hidden: [4] }
      samplers: { s: { region: interior, points: 8 } }
      terms: { r: { on: s, residual: "u" } }

      """
    let fixed = try Self.temporarySpec(base + "weighting: fixed\n")
    let preset = try Self.temporarySpec(base + "weighting: { rule: wang2021 }\n")
    let misspelt = try Self.temporarySpec(base + "weighting: { rule: ntkk }\n")
    let misspeltShorthand = try Self.temporarySpec(base + "weighting: ntkk\n")
    defer {
      for path in [fixed, preset, misspelt, misspeltShorthand] {
        try? FileManager.default.removeItem(atPath: path)
      }
    }
    guard let outcome = try Self.validate([fixed, preset, misspelt, misspeltShorthand]) else {
      return
    }
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(outcome.lines.count == 4)
    #expect(outcome.lines.first == "ok " + fixed)
    #expect(outcome.lines.dropFirst().first == "ok " + preset)
    #expect(outcome.lines.dropFirst(2).allSatisfy { $0.hasPrefix("invalid ") }, "\(outcome.lines)")
  }
}
