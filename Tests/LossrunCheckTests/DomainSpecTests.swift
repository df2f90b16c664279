import Foundation
import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport
import Testing

/// The `domain` declaration in both formats: parsing, conversion, and the checker's located
/// errors for shapes and combinations.
@Suite struct DomainSpecTests {
  static let plateYAML = """
    inputs: { x: [-0.5, 0.5], y: [-0.5, 0.5] }
    domain:
      plate: { rectangle: [[-0.5, -0.5], [0.5, 0.5]] }
      hole: { disk: { center: [0.3, 0.3], radius: 0.1 } }
      shape: plate - hole
    network: { outputs: [u], hidden: [8] }
    samplers:
      inside: { region: interior, points: 16 }
      outer: { region: boundary, of: plate, points: 16 }
      rim: { region: boundary, of: hole, points: 16 }
    terms:
      pde: { on: inside, residual: "lap(u)" }
      outer: { on: outer, residual: "u - 1" }
      rim: { on: rim, residual: "dn(u)" }
    training: { optimizer: adam, lr: 1e-3, steps: 10 }
    """

  static let plateText = """
    input x in [-0.5, 0.5]
    input y in [-0.5, 0.5]
    shape plate = rectangle(corners: [[-0.5, -0.5], [0.5, 0.5]])
    shape hole = disk(center: [0.3, 0.3], radius: 0.1)
    domain plate - hole
    net u = mlp(hidden: [8])
    sample inside = interior(points: 16)
    sample outer = boundary(of: plate, points: 16)
    sample rim = boundary(of: hole, points: 16)
    term pde on inside: lap(u)
    term outer on outer: u - 1
    term rim on rim: dn(u)
    train adam(lr: 1e-3), steps: 10

    """

  private func errors(_ text: String, path: String = "t.yaml") -> [Diagnostic] {
    SpecFrontEnd.load(text: text, path: path).diagnostics.filter { $0.severity == .error }
  }

  @Test func bothFormatsParseTheSameDomain() throws {
    let yaml = try #require(SpecLoader.parse(text: Self.plateYAML, path: "t.yaml").spec)
    let text = try #require(SpecLoader.parse(text: Self.plateText, path: "t.loss").spec)
    #expect(yaml.structuralDifferences(from: text) == [])
    #expect(yaml.domain?.shapes.map(\.name.value) == ["plate", "hole"])
    #expect(yaml.samplers.map { $0.drawn?.boundaryOf?.value } == [nil, "plate", "hole"])
  }

  @Test func theDomainSurvivesConversionBothWays() throws {
    let yaml = try #require(SpecLoader.parse(text: Self.plateYAML, path: "t.yaml").spec)
    let written = SpecWriter.write(yaml, as: .text)
    let reread = try #require(SpecLoader.parse(text: written, path: "t.loss").spec)
    #expect(yaml.structuralDifferences(from: reread) == [])
    let back = SpecWriter.write(reread, as: .yaml)
    let again = try #require(SpecLoader.parse(text: back, path: "t.yaml").spec)
    #expect(yaml.structuralDifferences(from: again) == [])
  }

  @Test func aValidDomainChecksCleanInBothFormats() throws {
    #expect(errors(Self.plateYAML) == [])
    #expect(errors(Self.plateText, path: "t.loss") == [])
    let checked = try #require(SpecFrontEnd.load(text: Self.plateYAML, path: "t.yaml").checked)
    #expect(checked.domain?.shapeNames == ["plate", "hole"])
  }

  @Test func anUnknownShapeNameIsLocated() throws {
    let spec = Self.plateYAML.patched(replacing: "shape: plate - hole", with: "shape: plate - hol")
    let error = try #require(errors(spec).first)
    #expect(error.id == "undefined-name" && error.message.contains("did you mean 'hole'"))
    #expect(error.range?.start.line == 5)
    let sampler = Self.plateYAML.patched(replacing: "of: hole", with: "of: holes")
    #expect(errors(sampler).first?.range?.start.line == 10)
  }

  @Test func aHoleOutsideItsParentIsAnError() throws {
    let spec = Self.plateYAML.patched(replacing: "center: [0.3, 0.3]", with: "center: [3, 3]")
    let error = try #require(errors(spec).first)
    #expect(error.id == "empty-region" && error.message.contains("outside"))
    #expect(error.range?.start.line == 5)
  }

  @Test func anEmptyDifferenceIsAnError() throws {
    let spec = Self.plateYAML.patched(replacing: "radius: 0.1", with: "radius: 2")
    let error = try #require(errors(spec).first)
    #expect(error.id == "empty-region" && error.message.contains("is empty"))
  }

  @Test func aSelfIntersectingPolygonIsLocatedAtItsEdge() throws {
    let spec = Self.plateText.patched(
      replacing: "shape hole = disk(center: [0.3, 0.3], radius: 0.1)",
      with: "shape hole = polygon(vertices: [[0, 0], [0.2, 0.2], [0.2, 0], [0, 0.2]])")
    let error = try #require(errors(spec, path: "t.loss").first)
    #expect(error.id == "invalid-value" && error.message.contains("edges 1 and 3 cross"))
    #expect(error.range?.start.line == 4 && error.range?.start.column == 33)
  }

  @Test func shapeArgumentsAreChecked() throws {
    let radius = Self.plateYAML.patched(replacing: "radius: 0.1", with: "radius: -1")
    #expect(errors(radius).first?.message.contains("must be positive") == true)
    let ball = Self.plateYAML.patched(replacing: "{ disk: {", with: "{ ball: {")
    #expect(errors(ball).first?.message.contains("3 coordinates") == true)
    let interior = Self.plateYAML.patched(
      replacing: "inside: { region: interior,", with: "inside: { region: interior, of: hole,")
    #expect(errors(interior).first?.message.contains("use `region: boundary`") == true)
  }
}
