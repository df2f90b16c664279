import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunSpec

/// A minimal valid spec; tests append or replace lines to make one mistake at a time.
private let base = SpecFixtures.minimalYAML

/// The diagnostics of `text` as `id@line:column`.
private func found(_ text: String) -> [String] {
  YAMLFrontEnd.parse(text: text, path: "t.yaml").diagnostics.map { diagnostic in
    let place = diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
    return "\(diagnostic.id)@\(place)"
  }
}

private func messages(_ text: String) -> [String] {
  YAMLFrontEnd.parse(text: text, path: "t.yaml").diagnostics.map(\.message)
}

@Suite struct YAMLErrorTests {
  @Test func baseSpecIsClean() {
    #expect(found(base).isEmpty)
  }

  @Test func yamlSyntaxErrorAtLibyamlsPosition() {
    #expect(found("inputs: { x: [0, 1]\nnetwork: 1\n") == ["yaml-syntax@2:1"])
    #expect(found("a: b\n c: d\n") == ["yaml-syntax@2:3"])
  }

  @Test func wrongTypesAtTheValue() {
    let text = base + "training: { lr: [1], steps: abc, seed: 1.5 }\n"
    #expect(found(text) == ["wrong-type@7:17", "wrong-type@7:29", "not-an-integer@7:40"])
    #expect(messages(text)[0] == "expected a number, found a list")
    #expect(messages(text)[1] == "expected a number, found the string 'abc'")
  }

  @Test func unknownKeyWithDidYouMean() {
    let text = base.patched(replacing: "points: 16", with: "point: 16")
    #expect(found(text) == ["unknown-key@4:33", "missing-key@4:3"])
    #expect(messages(text)[0].hasPrefix("unknown key 'point' in sampler; did you mean 'points'?"))
    #expect(found(base + "trainig: {}\n") == ["unknown-key@7:1"])
    #expect(messages(base + "trainig: {}\n")[0].contains("did you mean 'training'?"))
  }

  @Test func missingKeysAtTheEnclosingKey() {
    #expect(
      found(base.patched(replacing: "residual: \"u_xx + 1\"", with: "weight: 2"))
        == ["missing-key@6:3"])
    let noNetwork = base.patched(
      replacing: "network: { outputs: [u], hidden: [8] }\n", with: "")
    #expect(found(noNetwork) == ["missing-key@1:1"])
    #expect(messages(noNetwork) == ["spec is missing the required key 'network'"])
  }

  @Test func duplicateKeysAndNames() {
    let text = base + "  residual: { on: interior, residual: u }\n"
    #expect(found(text) == ["duplicate-name@7:3"])
    #expect(
      found(
        "inputs: { x: [0, 1], x: [0, 2] }\n"
          + base.split(separator: "\n").dropFirst().joined(separator: "\n")
      ).first == "duplicate-name@1:22")
  }

  @Test func unknownWordsViaKeyword() {
    let text = base.patched(replacing: "hidden: [8]", with: "hidden: [8], activation: tanhh")
    #expect(found(text) == ["unknown-value@2:51"])
    #expect(messages(text)[0].contains("did you mean 'tanh'?"))
  }

  @Test func nonFiniteAndNonIntegerNumbers() {
    let text = base + "training: { lr: .inf, steps: 1e999, seed: 99999999999999999999 }\n"
    #expect(
      found(text) == ["non-finite-number@7:17", "non-finite-number@7:30", "not-an-integer@7:43"])
    #expect(found(base + "constants: { k: .nan }\n") == ["non-finite-number@7:17"])
    #expect(found(base + "constants: { k: \"1e999\" }\n") == ["non-finite-number@7:18"])
  }

  @Test func yamlQuirksAreReadFromTheText() throws {
    let text =
      base + "training: { lr: 1e-3, steps: 2e4, seed: 0 }\nweighting: { rule: x, on: no }\n"
    let result = YAMLFrontEnd.parse(text: text, path: "t.yaml")
    #expect(result.diagnostics.isEmpty)
    let spec = try #require(result.spec)
    #expect(spec.training.learningRate?.value == 0.001)
    #expect(spec.training.steps?.value == 20000)
    #expect(spec.weighting?.settings["on"]?.value.value == .word("no"))
    #expect(spec.terms.first?.sampler.value == "interior")
  }

  @Test func expressionErrorsAtTheOffendingToken() {
    let text = base.patched(replacing: "\"u_xx + 1\"", with: "\"u_xx + * 1\"")
    #expect(found(text) == ["expression-syntax@6:47"])
    let plain = base + "define: { f: 2 x }\n"
    #expect(found(plain) == ["expression-syntax@7:16"])
  }

  @Test func aliasesAreRefused() {
    let text = base + "constants: { a: &v 1, b: *v }\n"
    #expect(found(text) == ["yaml-alias@7:26"])
  }

  @Test func topLevelMustBeAMap() {
    #expect(found("- a\n- b\n") == ["wrong-type@1:1"])
    #expect(found("") == ["missing-key@1:1"])
    #expect(found("# only a comment\n") == ["missing-key@1:1"])
    #expect(YAMLFrontEnd.parse(text: "42", path: "t").spec == nil)
  }

  @Test func collectsEveryErrorInOnePass() {
    let text = """
      inputs: { x: [0] }
      network: { outputs: u, hidden: [8, x], activaton: tanh }
      samplers:
        interior: { region: inside, points: 16 }
      terms:
        residual: { on: interior, residual: "u_xx +" }

      """
    #expect(
      found(text) == [
        "wrong-type@1:14", "unknown-key@2:40", "wrong-type@2:36", "unknown-value@4:23",
        "expression-syntax@6:46",
      ])
  }

  @Test func parametersSamplersTermsAndEvaluationForms() throws {
    let text =
      base + """
        parameters: { nu: 0.05, c: { init: 1, learn: false } }
        evaluate: { exact: { u: "sin(x)" }, reference: data/ref.csv, grid: [11] }
        training: { schedule: { kind: exponential, rate: 0.9, every: 1000 }, beta1: 0.8 }
        time: t

        """
    let result = YAMLFrontEnd.parse(text: text, path: "t.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let spec = try #require(result.spec)
    #expect(spec.parameters.map(\.name.value) == ["nu", "c"])
    #expect(spec.parameters.map(\.initial.value) == [0.05, 1])
    #expect(spec.parameters.map { $0.learnable?.value } == [nil, false])
    #expect(spec.evaluation?.exact.first?.output?.value == "u")
    #expect(spec.evaluation?.reference?.value == "data/ref.csv")
    #expect(spec.training.schedule?.value == .exponential)
    #expect(spec.training.scheduleSettings.map(\.key.value) == ["rate", "every"])
    #expect(spec.training.optimizerSettings.map(\.key.value) == ["beta1"])
    #expect(spec.timeInput?.value == "t")
  }
}

@Suite struct SharedFixtureTests {
  @Test func patchReplacesAUniqueTarget() {
    #expect("a b c".patched(replacing: "b", with: "x") == "a x c")
  }

  @Test func patchFailsWhenTheTargetIsMissingOrRepeated() {
    withKnownIssue {
      #expect("a b c".patched(replacing: "z", with: "x") == "a b c")
    }
    withKnownIssue {
      #expect("a a".patched(replacing: "a", with: "x") == "a a")
    }
  }

  @Test func theSharedFixturesParseClean() {
    for text in [SpecFixtures.minimalYAML, SpecFixtures.smallYAML, SpecFixtures.seedExampleYAML] {
      #expect(YAMLFrontEnd.parse(text: text, path: "t.yaml").diagnostics.isEmpty)
    }
    #expect(TextFrontEnd.parse(text: SpecFixtures.smallText, path: "t.loss").diagnostics.isEmpty)
  }
}
