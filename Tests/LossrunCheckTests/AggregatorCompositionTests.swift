import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// Selecting an aggregator by name, composing it with a scaling rule (`combine:`), and the
/// located errors for combinations that make no sense, in both formats.
@Suite struct AggregatorCompositionTests {
  /// The small YAML spec with `line` as its weighting (line 13).
  static func yaml(_ line: String) -> String { CheckedSpecTests.withWeighting(line) }

  /// The single error of `text`, expected to have `id` at `line`:`column`.
  static func expectError(
    _ text: String, _ id: DiagnosticID, line: Int, column: Int, mentioning words: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let report = SpecFixtures.lint(text)
    let errors = report.diagnostics.filter { $0.severity == .error }
    let error = try #require(errors.first, sourceLocation: sourceLocation)
    #expect(errors.count == 1, "\(errors.map(\.message))", sourceLocation: sourceLocation)
    #expect(error.id == id, "\(error.message)", sourceLocation: sourceLocation)
    #expect(error.range?.start.line == line, sourceLocation: sourceLocation)
    #expect(error.range?.start.column == column, sourceLocation: sourceLocation)
    for word in words {
      #expect(error.message.contains(word), "\(error.message)", sourceLocation: sourceLocation)
    }
  }

  @Test func anAggregatorAloneKeepsFixedWeights() throws {
    let spec = try CheckedSpecTests.checked(Self.yaml("weighting: { rule: config }"))
    #expect(spec.aggregator == .config(cutoff: 1e-10))
    #expect(spec.weighting == .fixed)
    #expect(!spec.aggregatesScaledGradients)
    let bare = try CheckedSpecTests.checked(Self.yaml("weighting: upgrad"))
    #expect(bare.aggregator == .upgrad(.init(normalizationEpsilon: 1e-4, regularization: 1e-4)))
  }

  @Test func anAggregatorsOwnSettingsApplyWhenSelectedAlone() throws {
    let spec = try CheckedSpecTests.checked(Self.yaml("weighting: { rule: cagrad, c: 0.3 }"))
    #expect(spec.aggregator == .cagrad(c: 0.3, rescale: 1))
  }

  @Test func aScalingRuleCombinesWithAnAggregator() throws {
    let spec = try CheckedSpecTests.checked(
      Self.yaml("weighting: { rule: annealing, stat: mean, combine: upgrad }"))
    #expect(spec.weighting.ruleName == "annealing")
    #expect(spec.aggregator?.ruleName == "upgrad")
    #expect(spec.aggregatesScaledGradients)
    let fixed = try CheckedSpecTests.checked(Self.yaml("weighting: { rule: fixed, combine: mgda }"))
    #expect(fixed.weighting == .fixed && fixed.aggregatesScaledGradients)
    let preset = try CheckedSpecTests.checked(
      Self.yaml("weighting: { rule: wang2021, combine: cagrad, combine_c: 0.2 }"))
    #expect(preset.aggregator == .cagrad(c: 0.2, rescale: 1))
    #expect(try CheckedSpecTests.checked(Self.yaml("weighting: annealing")).aggregator == nil)
  }

  /// One name for the whole weighting, as the summary and `lossrun bench` print it.
  @Test(arguments: [
    ("annealing", "annealing"),
    ("{ rule: upgrad }", "upgrad"),
    ("{ rule: annealing, stat: mean, combine: upgrad }", "annealing+upgrad"),
    ("{ rule: fixed, combine: mgda }", "fixed+mgda"),
  ])
  func theWeightingHasOneName(weighting: String, name: String) throws {
    let spec = try CheckedSpecTests.checked(Self.yaml("weighting: \(weighting)"))
    #expect(spec.weightingName == name)
  }

  @Test func theTextFormatCombinesToo() throws {
    let text = SpecFixtures.smallText + "\nweighting annealing(stat: mean, combine: mgda)"
    let report = SpecFrontEnd.load(text: text, path: "test.loss")
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    #expect(report.checked?.aggregator == .mgda)
  }

  @Test func anAggregatorCannotCombineAnother() throws {
    try Self.expectError(
      Self.yaml("weighting: { rule: upgrad, combine: mgda }"), .invalidComposition, line: 13,
      column: 28, mentioning: ["'upgrad' is an aggregator"])
  }

  @Test func onlyAnAggregatorCanCombine() throws {
    try Self.expectError(
      Self.yaml("weighting: { rule: annealing, combine: softadapt }"), .invalidComposition,
      line: 13, column: 40, mentioning: ["'softadapt' is a scaling rule"])
  }

  @Test func mconfigCannotCombineScaledGradients() throws {
    try Self.expectError(
      Self.yaml("weighting: { rule: annealing, combine: mconfig }"), .invalidComposition,
      line: 13, column: 40, mentioning: ["momenta"])
  }

  @Test func anAggregatorsSettingOnTheOuterRuleIsRejected() throws {
    try Self.expectError(
      Self.yaml("weighting: { rule: annealing, combine: cagrad, c: 0.3 }"), .invalidComposition,
      line: 13, column: 48, mentioning: ["'c' is a setting of aggregator 'cagrad'", "combine_c"])
  }

  @Test func anUnknownAggregatorSuggestsOne() throws {
    try Self.expectError(
      Self.yaml("weighting: { rule: annealing, combine: upgard }"), .unknownRule, line: 13,
      column: 40, mentioning: ["upgrad"])
  }

  @Test func aCombinedSettingIsCheckedAgainstTheAggregator() throws {
    try Self.expectError(
      Self.yaml("weighting: { rule: annealing, combine: upgrad, combine_c: 1 }"),
      .unknownSetting, line: 13, column: 48, mentioning: ["aggregator 'upgrad'"])
  }

  @Test func lbfgsAloneCannotUseAnAggregator() throws {
    func spec(_ training: String) -> String {
      SpecFixtures.base.patched(
        replacing: "training: { steps: 10 }", with: "training: { \(training) }\nweighting: upgrad")
    }
    try Self.expectError(
      spec("optimizer: lbfgs, steps: 10"), .invalidComposition, line: 12, column: 24,
      mentioning: ["never uses aggregator"])
    _ = try CheckedSpecTests.checked(spec("optimizer: adam, steps: 10, lbfgs_from: 5"))
  }
}
