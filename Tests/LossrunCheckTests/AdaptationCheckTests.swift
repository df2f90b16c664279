import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `adapt:` on a sampler: both formats read the same model and convert back, the catalogue's
/// defaults are filled in, and what adaptive sampling cannot go with is a located error.
@Suite struct AdaptationCheckTests {
  /// The small YAML spec with its interior sampler line replaced by `line`.
  static func yaml(_ line: String) -> String {
    SpecFixtures.replacingLine(7, of: SpecFixtures.smallYAML, with: "  inside: " + line)
  }

  /// The first error of `text` (the only one), which must have `id` and start at line `line`,
  /// at the column of `marker` in that line.
  static func expectError(
    _ text: String, _ id: DiagnosticID, line: Int, at marker: String, mentioning words: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let report = SpecFixtures.lint(text)
    let errors = report.diagnostics.filter { $0.severity == .error }
    let error = try #require(errors.first, sourceLocation: sourceLocation)
    #expect(errors.count == 1, "\(errors.map(\.message))", sourceLocation: sourceLocation)
    #expect(error.id == id, "\(error.message)", sourceLocation: sourceLocation)
    #expect(error.range?.start.line == line, sourceLocation: sourceLocation)
    let lineText = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
    let column = try #require(lineText.range(of: marker)).lowerBound.utf16Offset(in: lineText) + 1
    #expect(error.range?.start.column == column, "\(error.message)", sourceLocation: sourceLocation)
    for word in words {
      #expect(error.message.contains(word), "\(error.message)", sourceLocation: sourceLocation)
    }
  }

  @Test func theMethodAloneTakesTheCatalogueDefaults() throws {
    let rad = try CheckedSpecTests.checked(
      Self.yaml("{ region: interior, points: 16, adapt: rad }"))
    let sampler = try #require(rad.samplers.first)
    #expect(sampler.adaptation?.method == .rad(k: 1, c: 1))
    #expect(sampler.adaptation?.every == 1000)
    #expect(sampler.adaptation?.pool == 100_000)
    #expect(sampler.drawn?.resampleEvery == 0)
    let rar = try CheckedSpecTests.checked(
      Self.yaml("{ region: interior, points: 16, adapt: rar }"))
    #expect(rar.samplers.first?.adaptation?.method == .rar(add: 10))
    let r3 = try CheckedSpecTests.checked(Self.yaml("{ region: interior, points: 16, adapt: r3 }"))
    #expect(r3.samplers.first?.adaptation?.method == .r3)
    #expect(r3.samplers.first?.adaptation?.every == 1)
    #expect(r3.samplers.first?.adaptation?.pool == 0)
  }

  @Test func writtenSettingsWinAndRARReservesItsGrowth() throws {
    let spec = try CheckedSpecTests.checked(
      Self.yaml(
        "{ region: interior, points: 16, adapt: { method: rar, every: 3, add: 2, pool: 50 } }"))
    let adaptation = try #require(spec.samplers.first?.adaptation)
    #expect(adaptation.method == .rar(add: 2))
    #expect(adaptation.every == 3 && adaptation.pool == 50)
    #expect(adaptation.isUpdate(step: 3) && !adaptation.isUpdate(step: 0))
    // 10 steps: updates at 3, 6 and 9.
    #expect(adaptation.maximumPoints(startingWith: 16, steps: 10) == 22)
  }

  @Test func bothFormatsReadTheSameAdaptationAndConvertBack() throws {
    let yaml = Self.yaml("{ region: interior, points: 16, adapt: { method: rad, every: 5, k: 2 } }")
    let text = SpecFixtures.replacingLine(
      7, of: SpecFixtures.smallText,
      with: "sample inside = interior(points: 16, adapt: rad(every: 5, k: 2))")
    let fromYAML = try #require(SpecLoader.parse(text: yaml, path: "a.yaml", format: .yaml).spec)
    let fromText = try #require(SpecLoader.parse(text: text, path: "a.loss", format: .text).spec)
    #expect(fromYAML.samplers[0].drawn?.adaptation?.method.value == .rad)
    #expect(fromYAML.samplers[0].drawn?.adaptation?.settings.map(\.key.value) == ["every", "k"])
    #expect(fromYAML.structuralDifferences(from: fromText) == [])
    for (spec, format) in [(fromYAML, SpecFormat.text), (fromYAML, .yaml), (fromText, .yaml)] {
      let written = SpecWriter.write(spec, as: format)
      let back = try #require(SpecLoader.parse(text: written, path: "b", format: format).spec)
      #expect(spec.structuralDifferences(from: back) == [], "\(written)")
    }
    let bare = SpecFixtures.replacingLine(
      7, of: SpecFixtures.smallText, with: "sample inside = interior(points: 16, adapt: r3)")
    let written = SpecWriter.write(
      try #require(SpecLoader.parse(text: bare, path: "a.loss", format: .text).spec), as: .yaml)
    #expect(written.contains("adapt: r3"), "\(written)")
  }

  @Test func aGridIsRejectedAtItsDistribution() throws {
    try Self.expectError(
      Self.yaml("{ region: interior, points: 16, distribution: grid, adapt: rad }"),
      .invalidAdaptation, line: 7, at: "grid", mentioning: ["grid", "inside"])
  }

  @Test func resamplingIsRejectedAtResample() throws {
    try Self.expectError(
      Self.yaml("{ region: interior, points: 16, resample: 5, adapt: r3 }"),
      .invalidAdaptation, line: 7, at: "5", mentioning: ["remove `resample`"])
  }

  @Test func anUnusedSamplerCannotAdapt() throws {
    let text = SpecFixtures.replacingLine(
      8, of: Self.yaml("{ region: interior, points: 16 }"),
      with: "  spare: { region: interior, points: 16, adapt: rad }\n"
        + "  edge: { region: boundary, where: \"x == 0 or x == 1 or y == 0 or y == 1\", points: 16 }"
    )
    try Self.expectError(
      text, .invalidAdaptation, line: 8, at: "rad", mentioning: ["spare", "no term"])
  }

  @Test func aPoolSmallerThanTheRedrawnPointsIsRejected() throws {
    try Self.expectError(
      Self.yaml("{ region: interior, points: 16, adapt: { method: rad, pool: 8 } }"),
      .invalidValue, line: 7, at: "8", mentioning: ["at least 16"])
  }

  @Test func unknownSettingsAndMethodsAreReported() throws {
    try Self.expectError(
      Self.yaml("{ region: interior, points: 16, adapt: { method: r3, pool: 8 } }"),
      .unknownSetting, line: 7, at: "pool", mentioning: ["r3", "every"])
    try Self.expectError(
      Self.yaml("{ region: interior, points: 16, adapt: rda }"),
      .unknownValue, line: 7, at: "rda", mentioning: ["rad"])
  }

  @Test func perPointRulesNeedPointsThatStay() throws {
    let rba = Self.yaml("{ region: interior, points: 16, adapt: rad }") + "\nweighting: rba\n"
    let report = SpecFixtures.lint(rba)
    let error = try #require(report.diagnostics.first { $0.severity == .error })
    #expect(error.id == .ruleNeedsFixedPoints)
    #expect(error.message.contains("adapts its points"), "\(error.message)")
  }
}
