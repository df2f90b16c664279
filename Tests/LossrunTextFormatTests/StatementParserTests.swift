import LossrunDiagnostics
import LossrunSpec
import Testing

/// One test per production of `grammar/lossrun.ebnf`, checking the model it fills in.
@Suite struct StatementParserTests {
  /// The spec of `text`, which must parse without errors other than missing statements.
  private func spec(_ text: String) throws -> Spec {
    let result = TextFixtures.parse(text)
    let errors = result.diagnostics.filter { $0.id != .missingKey }
    #expect(errors.isEmpty, "\(errors.map(\.message))")
    return try #require(result.spec)
  }

  @Test func nameAndLabels() throws {
    #expect(try spec("name heat").name?.value == "heat")
    let quoted = try spec("name \"a \\\"b\\\"\\n\"")
    #expect(quoted.name?.value == "a \"b\"\n")
    #expect(quoted.name?.range.start == SourceLocation(line: 1, column: 6))
  }

  @Test func inputWithExpressionBounds() throws {
    let input = try #require(try spec("input x in [-1, 2*pi]").inputs.first)
    #expect(input.name.value == "x")
    #expect(input.lower.description == "-1")
    #expect(input.upper.description == "2 * pi")
    #expect(input.upper.range.start.column == 17)
  }

  @Test func timeConstAndLet() throws {
    let parsed = try spec("time s\nconst k = 4*pi\nlet f = exp(x) * k")
    #expect(parsed.timeInput?.value == "s")
    #expect(parsed.constants.map(\.name.value) == ["k"])
    #expect(parsed.definitions.first?.expression.description == "exp(x) * k")
  }

  @Test func parameters() throws {
    let parsed = try spec("param a = 0.05\nparam b = -1e-3, learn: false\nparam c = 2, learn: true")
    #expect(parsed.parameters.map(\.initial.value) == [0.05, -1e-3, 2])
    #expect(parsed.parameters.map { $0.learnable?.value } == [nil, false, true])
  }

  @Test func networkOutputsAndOptions() throws {
    let single = try #require(try spec("net u = mlp(hidden: [50, 50])").network)
    #expect(single.outputs.map(\.value) == ["u"])
    #expect(single.hidden.map(\.value) == [50, 50])
    #expect(single.activation == nil)
    let system = try #require(
      try spec(
        "net (u, v, p) = mlp(hidden: [8], activation: sin, init: glorot_uniform,\n"
          + "  normalize: standardize)"
      ).network)
    #expect(system.outputs.map(\.value) == ["u", "v", "p"])
    #expect(system.activation?.value == .sin)
    #expect(system.initialization?.value == .xavierUniform)
    #expect(system.normalization?.value == .standardize)
    #expect(try spec("net u, v = mlp(hidden: [])").network?.outputs.count == 2)
  }

  @Test func samplers() throws {
    let parsed = try spec(
      "sample a = interior(points: 1e3)\n"
        + "sample b = boundary(points: 8, distribution: lhs, resample: 0) where x == 0 or not y < 1"
    )
    #expect(parsed.samplers.map(\.drawn?.points.value) == [1000, 8])
    #expect(parsed.samplers[1].drawn?.region.value == .boundary)
    #expect(parsed.samplers[1].drawn?.distribution?.value == .latinHypercube)
    #expect(parsed.samplers[1].drawn?.resampleEvery?.value == 0)
    #expect(parsed.samplers[1].drawn?.predicate?.description == "x == 0 or not y < 1")
    #expect(parsed.samplers[0].drawn?.predicate == nil)
  }

  @Test func termsWithSystemsAndOptions() throws {
    let parsed = try spec(
      "term a on s: -lap(u) - f\nterm b on s: u_x + v_y,\n  u - 1, weight: 0.5, reduction: mae")
    #expect(parsed.terms.map(\.sampler.value) == ["s", "s"])
    #expect(parsed.terms[0].residuals.map(\.description) == ["-lap(u) - f"])
    #expect(parsed.terms[1].residuals.count == 2)
    #expect(parsed.terms[1].weight?.value == 0.5)
    #expect(parsed.terms[1].reduction?.value == .meanAbsolute)
  }

  @Test func weightingSettings() throws {
    let rule = try #require(
      try spec("weighting annealing(stat: mean, ema: 0.1, fixed: false, shared: [a, b])")
        .weighting)
    #expect(rule.rule.value == "annealing")
    #expect(rule.settings.map(\.key.value) == ["stat", "ema", "fixed", "shared"])
    #expect(rule.settings[0].value.value == .word("mean"))
    #expect(rule.settings[1].value.value == .number(0.1))
    #expect(rule.settings[2].value.value == .bool(false))
    guard case .list(let items) = rule.settings[3].value.value else {
      Issue.record("shared is not a list")
      return
    }
    #expect(items.map(\.value) == [.word("a"), .word("b")])
    #expect(try spec("weighting physicsnemo").weighting?.settings.isEmpty == true)
  }

  @Test func training() throws {
    let training = try spec(
      "train adam(lr: 1e-3, beta1: 0.9), schedule: exponential(rate: 0.9, every: 1000),\n"
        + "  lbfgs_from: 50, steps: 100, seed: -1, precision: float64, log_every: 10"
    ).training
    #expect(training.optimizer?.value == .adam)
    #expect(training.learningRate?.value == 1e-3)
    #expect(training.optimizerSettings.map(\.key.value) == ["beta1"])
    #expect(training.schedule?.value == .exponential)
    #expect(training.scheduleSettings.map(\.key.value) == ["rate", "every"])
    #expect(training.switchToLBFGS?.value == 50)
    #expect(training.steps?.value == 100)
    #expect(training.seed?.value == -1)
    #expect(training.precision?.value == .float64)
    #expect(training.logEvery?.value == 10)
    let bare = try spec("train steps: 5, schedule: cosine").training
    #expect(bare.optimizer == nil)
    #expect(bare.schedule?.value == .cosine)
    #expect(bare.steps?.value == 5)
  }

  @Test func evaluation() throws {
    let single = try #require(try spec("evaluate exact on grid(101, 51) every 1000").evaluation)
    #expect(single.exact.map(\.expression.description) == ["exact"])
    #expect(single.exact.first?.output == nil)
    #expect(single.grid?.map(\.value) == [101, 51])
    #expect(single.every?.value == 1000)
    let perOutput = try #require(try spec("evaluate u: sin(x), v: 0 every 5").evaluation)
    #expect(perOutput.exact.map { $0.output?.value } == ["u", "v"])
    #expect(perOutput.grid == nil)
    let reference = try #require(try spec("evaluate reference \"ref.csv\"").evaluation)
    #expect(reference.reference?.value == "ref.csv")
    #expect(reference.exact.isEmpty)
  }

  @Test func outputAndComments() throws {
    let parsed = try spec(
      "# top\nname n\n# about k\nconst k = 1\n# about j\nconst j = 2\noutput \"runs/x\"\n# end")
    #expect(parsed.output?.value == "runs/x")
    #expect(
      parsed.comments == [
        SpecComment(text: "top", anchor: "name"), SpecComment(text: "about k", anchor: "constants"),
        SpecComment(text: "about j", anchor: "constants.j"), SpecComment(text: "end", anchor: nil),
      ])
  }

  @Test func keywordsAreOrdinaryNamesElsewhere() throws {
    let parsed = try spec("sample on = interior(points: 4)\nterm term on on: on_x")
    #expect(parsed.samplers.first?.name.value == "on")
    #expect(parsed.terms.first?.sampler.value == "on")
  }
}
