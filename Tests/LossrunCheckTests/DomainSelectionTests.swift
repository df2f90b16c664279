import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport
import Testing

/// The checker decides statically what a sampler of a declared domain selects: `where`
/// predicates on the domain's interior, boundary (with or without `of:`) and initial slice, and
/// `of:` shapes whose boundary the combination hides.
@Suite struct DomainSelectionTests {
  static let plateYAML = DomainSpecTests.plateYAML
  static let plateText = DomainSpecTests.plateText

  private func errors(_ text: String, path: String = "t.yaml") -> [Diagnostic] {
    SpecFrontEnd.load(text: text, path: path).diagnostics.filter { $0.severity == .error }
  }

  /// The YAML plate with the hole's rim sampler restricted by `predicate`.
  private func yamlRim(where predicate: String) -> String {
    Self.plateYAML.patched(
      replacing: "rim: { region: boundary, of: hole, points: 16 }",
      with: "rim: { region: boundary, of: hole, where: \"\(predicate)\", points: 16 }")
  }

  /// The text plate with the hole's rim sampler restricted by `predicate`.
  private func textRim(where predicate: String) -> String {
    Self.plateText.patched(
      replacing: "sample rim = boundary(of: hole, points: 16)",
      with: "sample rim = boundary(of: hole, points: 16) where \(predicate)")
  }

  @Test func aPredicateThatSelectsPartOfTheHoleIsClean() {
    #expect(errors(yamlRim(where: "y > 0.3")) == [])
    #expect(errors(textRim(where: "y > 0.3"), path: "t.loss") == [])
  }

  @Test func aPredicateOffTheHoleIsLocatedInBothFormats() throws {
    // The hole's rim reaches y = 0.4; the box (y up to 0.5) would have let this pass.
    let yaml = try #require(errors(yamlRim(where: "y > 0.45")).first)
    #expect(yaml.id == "empty-region" && yaml.message.contains("comes from 'hole'"))
    #expect(yaml.range?.start.line == 10 && yaml.range?.start.column == 46)
    let text = try #require(errors(textRim(where: "y > 0.45"), path: "t.loss").first)
    #expect(text.id == "empty-region")
    #expect(text.range?.start.line == 9 && text.range?.start.column == 51)
  }

  @Test func aPointOfTheRimIsMeasureZero() throws {
    let error = try #require(errors(yamlRim(where: "x == 0.3")).first)
    #expect(error.id == "measure-zero-selection")
  }

  @Test func aWholeBoundaryPredicateIsDecidedOnTheCombinedBoundary() throws {
    // Without `of:`: the plate's corner is a point; the hole's centre line cuts its rim twice.
    let spec = Self.plateYAML.patched(
      replacing: "outer: { region: boundary, of: plate, points: 16 }",
      with: "outer: { region: boundary, where: \"x > 0.45 and y > 0.45\", points: 16 }")
    #expect(errors(spec) == [])
    let corner = spec.patched(
      replacing: "x > 0.45 and y > 0.45", with: "x == 0.5 and y == 0.5")
    #expect(errors(corner).first?.id == "measure-zero-selection")
  }

  @Test func anInteriorPredicateInsideTheHoleSelectsNothing() throws {
    let spec = Self.plateYAML.patched(
      replacing: "inside: { region: interior, points: 16 }",
      with: "inside: { region: interior, where: \"(x - 0.3)^2 + (y - 0.3)^2 < 0.005\", points: 16 }"
    )
    let error = try #require(errors(spec).first)
    #expect(error.id == "empty-region" && error.message.contains("domain's interior"))
    #expect(error.range?.start.line == 8)
  }

  @Test func aHoleCoveredByAUnionIsReportedAtOf() throws {
    let yaml = Self.plateYAML.patched(replacing: "shape: plate - hole", with: "shape: plate + hole")
    let error = try #require(errors(yaml).first)
    #expect(error.id == "empty-region" && error.message.contains("boundary of 'hole'"))
    #expect(error.range?.start.line == 10 && error.range?.start.column == 32)
    let text = Self.plateText.patched(replacing: "domain plate - hole", with: "domain plate + hole")
    let textError = try #require(errors(text, path: "t.loss").first)
    #expect(textError.id == "empty-region")
    #expect(textError.range?.start.line == 9 && textError.range?.start.column == 27)
  }

  @Test func aShapeCutAwayByAnIntersectionIsReportedAtOf() throws {
    // plate * (hole + far): far lies outside the plate, so none of its rim is left.
    let spec = Self.plateYAML
      .patched(
        replacing: "  shape: plate - hole",
        with: "  far: { disk: { center: [2, 2], radius: 0.1 } }\n  shape: plate * (hole + far)"
      )
      .patched(replacing: "of: hole", with: "of: far")
      .patched(
        replacing: "outer: { region: boundary, of: plate,", with: "outer: { region: boundary,")
    let error = try #require(errors(spec).first)
    #expect(error.id == "empty-region" && error.message.contains("boundary of 'far'"))
    #expect(error.range?.start.line == 11)
  }

  @Test func timeSlicesOfADomainAreDecided() throws {
    let spec = Self.plateYAML
      .patched(
        replacing: "inputs: { x: [-0.5, 0.5], y: [-0.5, 0.5] }",
        with: "inputs: { x: [-0.5, 0.5], y: [-0.5, 0.5], t: [0, 1] }"
      )
      .patched(replacing: "residual: \"lap(u)\"", with: "residual: \"u_t - lap(u)\"")
      .patched(
        replacing: "terms:",
        with: "  start: { region: initial, where: \"x < 0\", points: 16 }\nterms:"
      )
      .patched(
        replacing: "training:",
        with: "  initial: { on: start, residual: \"u\" }\ntraining:")
    #expect(errors(spec) == [])
    let early = yamlRimOnTime(spec, predicate: "t < 0.5")
    #expect(errors(early) == [])
    let instant = yamlRimOnTime(spec, predicate: "t == 0")
    #expect(errors(instant).first?.id == "measure-zero-selection")
    let insideHole = spec.patched(
      replacing: "where: \"x < 0\"", with: "where: \"(x - 0.3)^2 + (y - 0.3)^2 < 0.005\"")
    #expect(errors(insideHole).first?.id == "empty-region")
  }

  private func yamlRimOnTime(_ spec: String, predicate: String) -> String {
    spec.patched(
      replacing: "rim: { region: boundary, of: hole, points: 16 }",
      with: "rim: { region: boundary, of: hole, where: \"\(predicate)\", points: 16 }")
  }

  @Test func theUncoveredBoundaryLintUsesTheDomainsBoundary() throws {
    let warnings = { (text: String) in
      SpecFrontEnd.load(text: text, path: "t.yaml").diagnostics.filter {
        $0.id == "uncovered-boundary"
      }
    }
    #expect(warnings(Self.plateYAML) == [])
    let half = try #require(warnings(yamlRim(where: "y > 0.3")).first)
    #expect(half.message.contains("the boundary of 'hole' (about 50% of it uncovered)"))
    #expect(!half.message.contains("'plate'"))
    let noRim = Self.plateYAML.patched(replacing: "of: hole", with: "of: plate")
    let rim = try #require(warnings(noRim).first)
    #expect(rim.message.contains("no condition on the boundary of 'hole' for u"))
    #expect(rim.range?.start.line == 12)
  }
}
