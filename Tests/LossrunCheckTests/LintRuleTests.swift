import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// Each lint rule reports its warning (and the base spec reports none).
@Suite struct LintRuleTests {
  static func warnings(_ text: String, memory: UInt64 = SpecFixtures.plentyOfMemory)
    -> [Diagnostic]
  {
    let report = SpecFixtures.lint(text, memory: memory)
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    return report.diagnostics.filter { $0.severity == .warning }
  }

  /// The 1-based column of `marker` in line `line` of the base spec with relu.
  func column(of marker: String, in line: Int) -> Int {
    let text = "network: { outputs: [u], hidden: [8], activation: relu }"
    return
      (text.range(of: marker).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
      ?? 0) + 1
  }

  static func ids(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.id.rawValue) }

  @Test func reluUnderASecondDerivative() throws {
    let found = Self.warnings(
      SpecFixtures.base(
        replacing: 5, with: "network: { outputs: [u], hidden: [8], activation: relu }"))
    #expect(Self.ids(found) == ["vanishing-derivative"])
    let warning = try #require(found.first)
    #expect(warning.range?.start == SourceLocation(line: 5, column: column(of: "relu", in: 5)))
    #expect(warning.notes.first?.range?.start.line == 10)
  }

  @Test func reluWithFirstDerivativesOnlyIsFine() {
    let text = SpecFixtures.base(
      replacing: 5, with: "network: { outputs: [u], hidden: [8], activation: relu }")
    let firstOrder = text.patched(replacing: "lap(u) - f", with: "u_x - f")
    #expect(Self.warnings(firstOrder).isEmpty)
  }

  @Test func unusedDeclarations() {
    let text = SpecFixtures.base(replacing: 3, with: "constants: { k: 2, spare: 3 }")
      .patched(replacing: "define: { f: \"k*x\" }", with: "define: { f: \"k*x\", g: \"x\" }")
      .patched(
        replacing: "  edge: { region",
        with: "  extra: { region: interior, points: 4 }\n  edge: { region"
      )
      .patched(replacing: "network:", with: "parameters: { a: 1 }\nnetwork:")
    let found = Self.warnings(text)
    #expect(
      Set(Self.ids(found))
        == ["unused-constant", "unused-definition", "unused-sampler", "unused-parameter"])
  }

  @Test func learnableParameterOutsideTerms() {
    let text = SpecFixtures.base(replacing: 3, with: "constants: { k: 2 }\nparameters: { a: 1 }")
      .patched(
        replacing: "define: { f: \"k*x\" }", with: "define: { f: \"k*x\", g: \"a*x\" }"
      )
      .patched(
        replacing: "training: { steps: 10 }",
        with: "training: { steps: 10 }\nevaluate: { exact: \"x\" }")
    let found = Self.warnings(text)
    #expect(Self.ids(found).contains("untrained-parameter"))
    #expect(Self.ids(found).contains("unused-definition"))
  }

  @Test func zeroWeight() throws {
    let found = Self.warnings(
      SpecFixtures.base(replacing: 11, with: "  bc: { on: edge, residual: \"u\", weight: 0 }"))
    #expect(Self.ids(found) == ["zero-weight"])
    #expect(found.first?.range?.start == SourceLocation(line: 11, column: 42))
  }

  @Test func residualWithoutGradient() {
    let found = Self.warnings(
      SpecFixtures.base(replacing: 11, with: "  bc: { on: edge, residual: \"x - k\" }"))
    // The only boundary term no longer reads u, so the faces are uncovered too.
    #expect(Self.ids(found) == ["uncovered-boundary", "residual-without-gradient"])
  }

  @Test func float32WithLBFGS() {
    let found = Self.warnings(
      SpecFixtures.base(replacing: 12, with: "training: { optimizer: lbfgs, steps: 10 }"))
    #expect(Self.ids(found) == ["float32-lbfgs"])
    let double = Self.warnings(
      SpecFixtures.base(
        replacing: 12, with: "training: { optimizer: lbfgs, steps: 10, precision: float64 }"))
    #expect(double.isEmpty)
  }

  @Test func memoryEstimateAboveTheMachine() throws {
    let found = Self.warnings(SpecFixtures.base, memory: 1000)
    #expect(Self.ids(found) == ["memory-estimate"])
    let warning = try #require(found.first)
    #expect(warning.message.contains("KB"))
    // At the sampler with the largest per-point buffers: the boundary one, which holds normals.
    #expect(warning.range?.start.line == 8)
  }

  @Test func memoryEstimateCountsPerPointBuffersNotChannelsTimesWidths() throws {
    let spec = try #require(SpecFixtures.lint(SpecFixtures.base).checked)
    let estimate = MemoryEstimate(spec)
    // 2 inputs in Float32: plan coordinates and batch (4 bytes each) and the Double draw buffer.
    #expect(estimate.bytesPerSampler[0] == 16 * 2 * (4 + 4 + 8))
    // The boundary sampler also holds outward normals in the plan and in the batch.
    #expect(estimate.bytesPerSampler[1] == 16 * (2 * (4 + 4 + 8) + 2 * 2 * 4))
    // Interior: value, u_x, u_y and the Laplacian = 4 channels, in one 256-point tile.
    let workspace = MemoryEstimate.tileWorkspaceScalars(spec, channels: 4, termCount: 1)
    #expect(workspace == 256 * (4 * 2 + (2 * 4 + 5) * 8 + 4 * 1 + 3 * 4 * 8 + 4 * 1))
    let twice = MemoryEstimate(spec, threads: 2)
    #expect(twice.fixedBytes > estimate.fixedBytes)
    #expect(twice.bytesPerSampler == estimate.bytesPerSampler)
  }

  @Test func everyLintRuleHasAnIdAndRationale() {
    let ids = LintRules.all.map(\.id.rawValue)
    #expect(Set(ids).count == ids.count)
    #expect(LintRules.all.allSatisfy { !$0.rationale.isEmpty })
    let catalogued = CheckRule.catalogue.map(\.id.rawValue)
    #expect(Set(catalogued).count == catalogued.count)
  }
}
