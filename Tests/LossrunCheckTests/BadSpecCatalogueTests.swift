import LossrunCheck
import LossrunDiagnostics
import LossrunTestSupport
import Testing

/// One invalid spec and the diagnostic it must produce.
struct BadSpec: CustomTestStringConvertible, Sendable {
  /// What is wrong, for the test's name.
  let summary: String
  /// The replaced line of `SpecFixtures.base` (past the end: appended).
  let line: Int
  /// The line's new text.
  let text: String
  /// The expected id.
  let id: String
  /// The text the diagnostic must point at: its first character is the expected column, on the
  /// first line of the spec containing it at or after `line`.
  let marker: String
  /// Which occurrence of `marker` in that line (1-based).
  var occurrence = 1
  /// The spec the line is replaced in (default `SpecFixtures.base`).
  var base: String? = nil
  /// The line the search for `marker` starts at, when the diagnostic is before `line`.
  var markerLine: Int? = nil

  var testDescription: String { "\(summary) [\(id)]" }

  var spec: String {
    SpecFixtures.replacingLine(line, of: base ?? SpecFixtures.base, with: text)
  }

  /// The expected 1-based line and column.
  var expectedLocation: (line: Int, column: Int)? {
    let lines = spec.components(separatedBy: "\n")
    for index in ((markerLine ?? line) - 1)..<lines.count {
      var rest = Substring(lines[index])
      var offset = 0
      for count in 1...occurrence {
        guard let found = rest.range(of: marker) else { break }
        let column = offset + rest.distance(from: rest.startIndex, to: found.lowerBound)
        if count == occurrence { return (index + 1, column + 1) }
        let after = rest.distance(from: rest.startIndex, to: found.upperBound)
        offset += after
        rest = rest[found.upperBound...]
      }
    }
    return nil
  }
}

@Suite struct BadSpecCatalogueTests {
  static let residualLine = 10
  static let predicateLine = 8

  static func residual(_ expression: String, _ id: String, at marker: String, _ summary: String)
    -> BadSpec
  {
    BadSpec(
      summary: summary, line: residualLine,
      text: "  pde: { on: inside, residual: \"\(expression)\" }", id: id, marker: marker)
  }

  static func predicate(_ expression: String, _ id: String, at marker: String, _ summary: String)
    -> BadSpec
  {
    BadSpec(
      summary: summary, line: predicateLine,
      text: "  edge: { region: boundary, where: \"\(expression)\", points: 16 }", id: id,
      marker: marker)
  }

  static let expressionCases: [BadSpec] = [
    residual("lap(u) - g", "undefined-name", at: "g\"", "undefined name"),
    residual("lap(u) - sinx(x)", "unknown-function", at: "sinx", "unknown function"),
    residual("lap(u) - pow(x)", "wrong-arity", at: "pow", "pow with one argument"),
    residual("lap(u, x)", "wrong-arity", at: "lap", "lap with two arguments"),
    residual("d(f, x)", "derivative-of-non-output", at: "f,", "derivative of a definition"),
    residual("k_x + lap(u)", "derivative-of-non-output", at: "k_x", "short form of a constant"),
    residual("d(u, k)", "derivative-wrt-non-input", at: "k)", "derivative by a constant"),
    residual("u_z", "derivative-wrt-non-input", at: "u_z", "short form by a non-input"),
    residual("d(u, x, 5)", "derivative-order", at: "5", "order argument above 4"),
    residual("u_xxyyx", "derivative-order", at: "u_xxyyx", "short form of order 5"),
    residual("d(u_xx, y, 3)", "derivative-order", at: "d(", "nested derivative of order 5"),
    residual("grad(u)", "misplaced-grad", at: "grad", "grad outside div"),
    residual("div(u)", "wrong-arity", at: "div", "div with one output in 2D"),
    residual("dn(u)", "dn-off-boundary", at: "dn", "dn on an interior sampler"),
    residual("lap(f)", "derivative-of-non-output", at: "f)", "Laplacian of a definition"),
    residual("u - (x < 1)", "predicate-as-number", at: "(x < 1)", "comparison as a number"),
    residual("lap(u) - * 2", "expression-syntax", at: "* 2", "syntax error"),
    residual("u(x)", "unknown-function", at: "u(", "calling an output"),
    predicate("x + 1", "number-as-predicate", at: "x + 1", "number as a predicate"),
    predicate("u == 0", "not-input-only", at: "u ==", "predicate reading the network"),
    predicate("z == 0", "undefined-name", at: "z ==", "predicate with an undefined name"),
    predicate("x == 2", "empty-region", at: "x == 2", "boundary predicate outside the box"),
    predicate("x > 1", "empty-region", at: "x > 1", "strict predicate past the face"),
  ]

  /// Selections decided by geometry (`SelectionGeometry`), which used to fail only when training
  /// started.
  static let selectionCases: [BadSpec] = [
    predicate(
      "x == 0.5", "measure-zero-selection", at: "x == 0.5", "boundary predicate of measure zero"),
    BadSpec(
      summary: "== in the interior", line: 7,
      text: "  inside: { region: interior, where: \"x == 0\", points: 16 }",
      id: "measure-zero-selection", marker: "x == 0"),
    BadSpec(
      summary: "a sliver of the interior", line: 7,
      text: "  inside: { region: interior, where: \"x < 1e-5\", points: 16 }",
      id: "sparse-selection", marker: "x < 1e-5"),
    BadSpec(
      summary: "t == 0 on the boundary", line: 8,
      text: "  edge: { region: boundary, where: \"t == 0\", points: 16 }",
      id: "measure-zero-selection", marker: "t == 0", base: ProblemFixtures.heat),
    BadSpec(
      summary: "a natural face inside the box", line: 10, text: "natural: [\"x == 0.5\"]",
      id: "measure-zero-selection", marker: "x == 0.5", base: ProblemFixtures.natural),
  ]

  static let declarationCases: [BadSpec] = [
    BadSpec(
      summary: "constant using an input", line: 3, text: "constants: { k: \"2*x\" }",
      id: "non-constant", marker: "x\""),
    BadSpec(
      summary: "cycle among constants", line: 3, text: "constants: { k: \"m\", m: \"k + 1\" }",
      id: "dependency-cycle", marker: "k + 1"),
    BadSpec(
      summary: "non-finite constant", line: 3, text: "constants: { k: \"log(0)\" }",
      id: "non-finite-value", marker: "log"),
    BadSpec(
      summary: "cycle among definitions", line: 4, text: "define: { f: \"g\", g: \"f*x\" }",
      id: "dependency-cycle", marker: "f*x"),
    BadSpec(
      summary: "definition named like a constant", line: 4, text: "define: { k: \"x\" }",
      id: "name-conflict", marker: "k:"),
    BadSpec(
      summary: "redeclared pi", line: 3, text: "constants: { k: 2, pi: 3 }", id: "name-conflict",
      marker: "pi"),
    BadSpec(
      summary: "input range reversed", line: 2, text: "inputs: { x: [1, 0], y: [0, 1] }",
      id: "empty-range", marker: "1, 0"),
    BadSpec(
      summary: "four space inputs", line: 2,
      text: "inputs: { x: [0, 1], y: [0, 1], z: [0, 1], w: [0, 1] }", id: "input-count",
      marker: "w:"),
    BadSpec(
      summary: "bound using an input", line: 2, text: "inputs: { x: [0, y], y: [0, 1] }",
      id: "non-constant", marker: "y]"),
    BadSpec(
      summary: "unknown time input", line: 3, text: "time: s\nconstants: { k: 2 }",
      id: "undefined-name", marker: "s"),
    BadSpec(
      summary: "initial region without time", line: 7,
      text: "  inside: { region: initial, points: 16 }", id: "initial-without-time",
      marker: "initial"),
    BadSpec(
      summary: "zero points", line: 7, text: "  inside: { region: interior, points: 0 }",
      id: "invalid-value", marker: "0 }"),
    BadSpec(
      summary: "term on an unknown sampler", line: 11, text: "  bc: { on: edgy, residual: \"u\" }",
      id: "unknown-sampler", marker: "edgy"),
    BadSpec(
      summary: "negative weight", line: 11,
      text: "  bc: { on: edge, residual: \"u\", weight: -1 }", id: "invalid-value", marker: "-1"),
    BadSpec(
      summary: "zero hidden width", line: 5, text: "network: { outputs: [u], hidden: [8, 0] }",
      id: "invalid-value", marker: "0]"),
  ]

  static let settingCases: [BadSpec] = [
    BadSpec(
      summary: "unknown rule", line: 13, text: "weighting: { rule: magic }", id: "unknown-rule",
      marker: "magic"),
    BadSpec(
      summary: "causal weighting without a time input", line: 13,
      text: "weighting: { rule: causal }", id: "rule-needs-time-input", marker: "causal"),
    BadSpec(
      summary: "per-point multipliers on resampled points", line: 13,
      text: "weighting: { rule: annealing, points: rba }", id: "rule-needs-fixed-points",
      marker: "rba"),
    BadSpec(
      summary: "unknown weighting setting", line: 13,
      text: "weighting: { rule: annealing, refrence: pde }", id: "unknown-setting",
      marker: "refrence"),
    BadSpec(
      summary: "weighting setting of the wrong type", line: 13,
      text: "weighting: { rule: annealing, ema: fast }", id: "setting-type", marker: "fast"),
    BadSpec(
      summary: "reference to an unknown term", line: 13,
      text: "weighting: { rule: annealing, reference: pdf }", id: "unknown-term", marker: "pdf"),
    BadSpec(
      summary: "shared list with an unknown term", line: 13,
      text: "weighting: { rule: annealing, shared: [bc, bd] }", id: "unknown-term", marker: "bd"),
    BadSpec(
      summary: "reference term in a shared group", line: 13,
      text: "weighting: { rule: annealing, reference: pde, shared: [pde, bc] }",
      id: "invalid-value", marker: "[pde"),
    BadSpec(
      summary: "dn through a definition on an interior sampler", line: 4,
      text: "define: { f: \"k*x + flux\", flux: \"dn(u)\" }", id: "dn-off-boundary",
      marker: "f\""),
    BadSpec(
      summary: "ema above 1", line: 13, text: "weighting: { rule: annealing, ema: 2 }",
      id: "invalid-value", marker: "2 }"),
    BadSpec(
      summary: "preset of another rule", line: 13,
      text: "weighting: { rule: grad_norm_balance, preset: wang2021 }", id: "unknown-rule",
      marker: "wang2021"),
    BadSpec(
      summary: "the renamed rule grad_norm", line: 13, text: "weighting: { rule: grad_norm }",
      id: "unknown-rule", marker: "grad_norm }"),
    BadSpec(
      summary: "zero steps", line: 12, text: "training: { steps: 0 }", id: "invalid-value",
      marker: "0 }"),
    BadSpec(
      summary: "negative steps", line: 12, text: "training: { steps: -3 }", id: "invalid-value",
      marker: "-3"),
    BadSpec(
      summary: "spec name climbing out of runs/", line: 1, text: "name: ../../../tmp/x",
      id: "invalid-name", marker: "../"),
    BadSpec(
      summary: "spec name with a separator", line: 1, text: "name: \"a/b\"",
      id: "invalid-name", marker: "\"a/b"),
    BadSpec(
      summary: "spec name '..'", line: 1, text: "name: \"..\"", id: "invalid-name",
      marker: "\".."),
    BadSpec(
      summary: "zero learning rate", line: 12, text: "training: { lr: 0 }", id: "invalid-value",
      marker: "0 }"),
    BadSpec(
      summary: "Adam setting for SGD", line: 12, text: "training: { optimizer: sgd, beta1: 0.9 }",
      id: "unknown-setting", marker: "beta1"),
    BadSpec(
      summary: "schedule setting of the wrong type", line: 12,
      text: "training: { schedule: { kind: step, factor: fast } }", id: "setting-type",
      marker: "fast"),
    BadSpec(
      summary: "beta2 of 1", line: 12, text: "training: { beta2: 1 }", id: "invalid-value",
      marker: "1 }"),
    BadSpec(
      summary: "grid size mismatch", line: 13, text: "evaluate: { exact: f, grid: [10, 10, 10] }",
      id: "evaluation-mismatch", marker: "10,"),
    BadSpec(
      summary: "exact solution reading the network", line: 13, text: "evaluate: { exact: \"u\" }",
      id: "not-input-only", marker: "u\""),
  ]

  static let yamlCases: [BadSpec] = [
    BadSpec(
      summary: "unclosed flow sequence", line: 2, text: "inputs: { x: [0, 1, y: [0, 1] }",
      id: "yaml-syntax", marker: "}"),
    BadSpec(
      summary: "misspelt top-level key", line: 12, text: "trainng: { steps: 10 }",
      id: "unknown-key", marker: "trainng"),
    BadSpec(
      summary: "unknown activation", line: 5,
      text: "network: { outputs: [u], hidden: [8], activation: rleu }", id: "unknown-value",
      marker: "rleu"),
    BadSpec(
      summary: "duplicate sampler", line: 8, text: "  inside: { region: boundary, points: 16 }",
      id: "duplicate-name", marker: "inside"),
    BadSpec(
      summary: "points not a number", line: 7, text: "  inside: { region: interior, points: many }",
      id: "wrong-type", marker: "many"),
    BadSpec(
      summary: "missing residual", line: 11, text: "  bc: { on: edge }", id: "missing-key",
      marker: "bc"),
    BadSpec(
      summary: "YAML alias", line: 11, text: "  bc: { on: edge, residual: *r }", id: "yaml-alias",
      marker: "*r"),
  ]

  @Test(arguments: expressionCases + selectionCases + declarationCases + settingCases + yamlCases)
  func reportsTheExpectedDiagnostic(_ bad: BadSpec) throws {
    let report = SpecFixtures.lint(bad.spec)
    let expected = try #require(bad.expectedLocation, "marker not found in the spec")
    let found = report.diagnostics.contains {
      $0.id.rawValue == bad.id && $0.severity == .error
        && $0.range?.start.line == expected.line && $0.range?.start.column == expected.column
    }
    let all = report.diagnostics.map {
      "\($0.range?.start.description ?? "-") \($0.id) \($0.message)"
    }
    #expect(found, "expected \(bad.id) at \(expected.line):\(expected.column); got \(all)")
    #expect(report.checked == nil)
  }

  @Test func catalogueHasAtLeastFortyCases() {
    let count =
      Self.expressionCases.count + Self.selectionCases.count + Self.declarationCases.count
      + Self.settingCases.count + Self.yamlCases.count
    #expect(count >= 40)
  }

  @Test(arguments: ["t", "poisson-mixed", "heat_2.v1", "wärme"])
  func plainSpecNamesAreAccepted(_ name: String) {
    let report = SpecFixtures.lint(SpecFixtures.base(replacing: 1, with: "name: \(name)"))
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    #expect(report.checked?.outputDirectory == "runs/\(name)")
  }

  @Test func theBaseSpecIsClean() {
    let report = SpecFixtures.lint(SpecFixtures.base)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    #expect(report.checked != nil)
  }
}
