import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// Per-point rules selected alone or composed with a scaling rule (`points:`), their defaults,
/// the located errors for what they need (a time input, fixed points) and for compositions that
/// make no sense, in both formats.
@Suite struct PointWeightingCheckTests {
  /// The small spec with its interior sampler's points fixed and `line` as its weighting.
  static func fixedPoints(_ line: String) -> String {
    CheckedSpecTests.withWeighting(line).patched(
      replacing: "inside: { region: interior, points: 16 }",
      with: "inside: { region: interior, points: 16, resample: 0 }")
  }

  /// The small spec with a time input `t`, 64 interior points and `line` as its weighting.
  static func withTime(_ line: String) -> String {
    CheckedSpecTests.withWeighting(line).patched(
      replacing: "inputs: { x: [0, 1], y: [0, 1] }",
      with: "inputs: { x: [0, 1], y: [0, 1], t: [0, 1] }"
    ).patched(
      replacing: "inside: { region: interior, points: 16 }",
      with: "inside: { region: interior, points: 64 }")
  }

  static func expectError(
    _ text: String, _ id: DiagnosticID, line: Int, column: Int, mentioning words: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    try AggregatorCompositionTests.expectError(
      text, id, line: line, column: column, mentioning: words, sourceLocation: sourceLocation)
  }

  @Test func causalAloneTakesItsDefaultsAndTheInteriorTerms() throws {
    let spec = try CheckedSpecTests.checked(Self.withTime("weighting: causal"))
    #expect(spec.weighting == .fixed)
    guard case .causal(let causal) = spec.pointWeighting else {
      Issue.record("no causal rule")
      return
    }
    #expect(causal.terms == [0] && causal.timeInput == 2 && causal.epsilon == 1)
    #expect(causal.chunks == 32)
    #expect(causal.epsilonMaximum == nil && causal.growth == 10 && causal.tolerance == 0.99)
  }

  /// A per-point rule alone keeps its name; composed, it follows the scaling rule and comes
  /// before the aggregator.
  @Test(arguments: [
    ("weighting: causal", "causal"),
    ("weighting: { rule: grad_norm_balance, points: causal }", "grad_norm_balance+causal"),
    (
      "weighting: { rule: annealing, points: causal, combine: upgrad }",
      "annealing+causal+upgrad"
    ),
  ])
  func theWeightingNameListsThePerPointRule(line: String, name: String) throws {
    #expect(try CheckedSpecTests.checked(Self.withTime(line)).weightingName == name)
  }

  @Test func causalTakesItsScheduleAndChunks() throws {
    let spec = try CheckedSpecTests.checked(
      Self.withTime("weighting: { rule: causal, chunks: 4, epsilon: 0.1, epsilon_max: 10 }"))
    #expect(
      spec.pointWeighting
        == .causal(
          .init(
            terms: [0], timeInput: 2, epsilon: 0.1, chunks: 4, epsilonMaximum: 10, growth: 10,
            tolerance: 0.99)))
  }

  @Test func rbaAndSelfAdaptiveTakeTheirDefaults() throws {
    let rba = try CheckedSpecTests.checked(Self.fixedPoints("weighting: rba"))
    #expect(rba.pointWeighting == .rba(.init(terms: [0], gamma: 0.999, eta: 0.01, initial: 0)))
    let sa = try CheckedSpecTests.checked(
      Self.fixedPoints("weighting: { rule: self_adaptive, mask: sigmoid }"))
    #expect(
      sa.pointWeighting
        == .selfAdaptive(.init(terms: [0], mask: .sigmoid, learningRate: 0.005, initial: 1)))
  }

  @Test func aScalingRuleComposesWithAPointRule() throws {
    let spec = try CheckedSpecTests.checked(
      Self.withTime(
        "weighting: { rule: grad_norm_balance, every: 5, points: causal, points_epsilon: 2, "
          + "combine: upgrad }"))
    #expect(spec.weighting.ruleName == "grad_norm_balance")
    #expect(spec.aggregator?.ruleName == "upgrad")
    guard case .causal(let causal) = spec.pointWeighting else {
      Issue.record("no causal rule")
      return
    }
    #expect(causal.epsilon == 2 && causal.chunks == 32)
    let terms = try CheckedSpecTests.checked(
      Self.fixedPoints("weighting: { rule: fixed, points: rba, points_terms: [pde] }"))
    #expect(terms.pointWeighting?.terms == [0])
  }

  @Test func causalNeedsATimeInput() throws {
    try Self.expectError(
      CheckedSpecTests.withWeighting("weighting: { rule: causal }"), .ruleNeedsTimeInput,
      line: 13, column: 20, mentioning: ["no time input"])
    try Self.expectError(
      CheckedSpecTests.withWeighting("weighting: { rule: annealing, points: causal }"),
      .ruleNeedsTimeInput, line: 13, column: 39, mentioning: ["'causal'"])
  }

  @Test func rbaAndSelfAdaptiveNeedFixedPoints() throws {
    for rule in ["rba", "self_adaptive"] {
      let text = CheckedSpecTests.withWeighting("weighting: { rule: \(rule) }")
      try Self.expectError(
        text, .ruleNeedsFixedPoints, line: 13, column: 20,
        mentioning: ["term 'pde'", "sampler 'inside'", "resample: 0"])
      let error = try #require(SpecFixtures.lint(text).diagnostics.first)
      #expect(error.notes.first?.range?.start.line == 7, "the note points at the sampler")
    }
    try Self.expectError(
      CheckedSpecTests.withWeighting("weighting: { rule: fixed, points: rba, points_terms: [bc] }"),
      .ruleNeedsFixedPoints, line: 13, column: 35, mentioning: ["term 'bc'", "sampler 'edge'"])
  }

  @Test func badCompositionsAreLocated() throws {
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: annealing, points: softadapt }"), .invalidComposition,
      line: 13, column: 39, mentioning: ["'softadapt' is a scaling rule, not a per-point rule"])
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: rba, points: self_adaptive }"), .invalidComposition,
      line: 13, column: 25, mentioning: ["'rba' is a per-point rule"])
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: annealing, points: rba, eta: 0.1 }"),
      .invalidComposition, line: 13, column: 44,
      mentioning: ["'eta' is a setting of per-point rule 'rba'", "points_eta"])
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: upgrad, points: rba }"), .invalidComposition,
      line: 13, column: 28, mentioning: ["'upgrad' is an aggregator"])
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: rba, points_eta: 0.1 }"), .invalidComposition,
      line: 13, column: 25, mentioning: ["write 'eta' instead"])
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: annealing, points: rbb }"), .unknownRule,
      line: 13, column: 39, mentioning: ["did you mean 'rba'"])
    try Self.expectError(
      Self.fixedPoints("weighting: { rule: annealing, points: rba, points_gama: 1 }"),
      .unknownSetting, line: 13, column: 44, mentioning: ["per-point rule 'rba' (points)"])
  }

  @Test func moreChunksThanPointsIsRejected() throws {
    try Self.expectError(
      Self.withTime("weighting: { rule: causal, chunks: 65 }"), .invalidValue, line: 13,
      column: 36, mentioning: ["only 64 points"])
  }

  @Test func theTextFormatComposesAndConvertsBothWays() throws {
    let text =
      SpecFixtures.smallText.patched(
        replacing: "sample inside = interior(points: 16)",
        with: "sample inside = interior(points: 16, resample: 0)")
      + "\nweighting annealing(stat: mean, points: rba, points_eta: 0.02)"
    let report = SpecFrontEnd.load(text: text, path: "test.loss")
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    #expect(
      report.checked?.pointWeighting == .rba(.init(terms: [0], gamma: 0.999, eta: 0.02, initial: 0))
    )
    let model = try #require(SpecLoader.parse(text: text, path: "t.loss", format: .text).spec)
    let yaml = SpecWriter.write(model, as: .yaml)
    #expect(yaml.contains("points: rba"), "\(yaml)")
    let back = try #require(SpecLoader.parse(text: yaml, path: "t.yaml", format: .yaml).spec)
    #expect(back.isStructurallyEqual(to: model))
    let again = SpecWriter.write(back, as: .text)
    #expect(again.contains("points: rba") && again.contains("points_eta: 0.02"), "\(again)")
  }

  @Test func everyCataloguedRuleIsImplemented() {
    #expect(WeightingCatalogue.rules.allSatisfy { $0.isImplemented })
    let kinds = Dictionary(grouping: WeightingCatalogue.rules, by: \.kind).mapValues { $0.count }
    #expect(kinds[.pointRule] == 3)
    #expect(WeightingCatalogue.rule(named: "causal")?.needs == [.timeInput])
    #expect(WeightingCatalogue.rule(named: "rba")?.needs == [.fixedPoints])
    #expect(WeightingCatalogue.rule(named: "self_adaptive")?.needs == [.fixedPoints])
  }

  @Test func aRuleNotImplementedYetIsReportedAtItsName() throws {
    let text = CheckedSpecTests.withWeighting("weighting: { rule: fixed }")
    let model = try #require(SpecLoader.parse(text: text, path: "t.yaml", format: .yaml).spec)
    var checker = Checker(spec: model)
    let future = WeightingRuleDescriptor(
      name: "future", summary: "a rule of tomorrow", source: "nobody yet", settings: [],
      isImplemented: false)
    let range = try #require(model.weighting?.rule.range)
    let accepted = checker.requireImplemented(future, at: range)
    #expect(!accepted)
    let error = try #require(checker.diagnostics.diagnostics.first)
    #expect(error.id == .ruleNotImplemented && error.range == range)
    #expect(error.message.contains("'future' (nobody yet) is not implemented yet"))
    let implemented = checker.requireImplemented(WeightingCatalogue.rules[0], at: range)
    #expect(implemented && checker.diagnostics.diagnostics.count == 1)
  }
}
