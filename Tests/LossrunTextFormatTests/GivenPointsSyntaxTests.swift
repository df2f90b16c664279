import Foundation
import LossrunDiagnostics
import LossrunSpec
import Testing

/// Samplers whose points are given, in both formats: listed points (`points: [[0, 0]]`,
/// `listed(points: ...)`) and data files (`file: ...`, `data(file: ...)`), their round trip
/// through the other format, and the keys each kind refuses.
@Suite struct GivenPointsSyntaxTests {
  static let yaml = """
    inputs: { x: [0, 1], t: [0, 1] }
    network: { outputs: [u, p], hidden: [4] }
    samplers:
      inside: { region: interior, points: 8 }
      gauge: { points: [[0, 0], [0.5, 1e-3]] }
      sensors: { file: data/heat-sensors.csv, batch: 64 }
    terms:
      pde: { on: inside, residual: "u_t - u_xx" }
      pin: { on: gauge, residual: "p" }
      data: { on: sensors, residual: "u - data.u" }
    """

  static let text = """
    input x in [0, 1]
    input t in [0, 1]
    net (u, p) = mlp(hidden: [4])
    sample inside = interior(points: 8)
    sample gauge = listed(points: [[0, 0], [0.5, 1e-3]])
    sample sensors = data(file: "data/heat-sensors.csv", batch: 64)
    term pde on inside: u_t - u_xx
    term pin on gauge: p
    term data on sensors: u - data.u
    """

  static func check(_ spec: Spec) {
    #expect(spec.samplers.map(\.name.value) == ["inside", "gauge", "sensors"])
    #expect(spec.samplers[0].drawn?.points.value == 8)
    guard case .listed(let listed) = spec.samplers[1].source else {
      Issue.record("gauge is not listed: \(spec.samplers[1].source)")
      return
    }
    #expect(listed.rows.map { $0.value.map(\.value) } == [[0, 0], [0.5, 1e-3]])
    guard case .file(let file) = spec.samplers[2].source else {
      Issue.record("sensors is not a file sampler: \(spec.samplers[2].source)")
      return
    }
    #expect(file.path.value == "data/heat-sensors.csv")
    #expect(file.batch?.value == 64)
    #expect(spec.terms[2].residuals.first?.description == "u - data.u")
  }

  @Test func yamlReadsListedAndFileSamplers() throws {
    let result = SpecLoader.parse(text: Self.yaml, path: "s.yaml", format: .yaml)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    Self.check(try #require(result.spec))
  }

  @Test func textReadsListedAndFileSamplers() throws {
    let result = SpecLoader.parse(text: Self.text, path: "s.loss", format: .text)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    Self.check(try #require(result.spec))
  }

  @Test(arguments: [SpecFormat.yaml, .text])
  func convertingThereAndBackKeepsGivenPoints(source: SpecFormat) throws {
    let original = try #require(
      SpecLoader.parse(text: source == .yaml ? Self.yaml : Self.text, path: "s", format: source)
        .spec)
    let target: SpecFormat = source == .yaml ? .text : .yaml
    let converted = SpecWriter.write(original, as: target)
    let middle = SpecLoader.parse(text: converted, path: "converted", format: target)
    #expect(middle.diagnostics.isEmpty, "\(middle.diagnostics.map(\.message))\n\(converted)")
    let middleSpec = try #require(middle.spec)
    Self.check(middleSpec)
    #expect(original.structuralDifferences(from: middleSpec) == [], "\(converted)")
    let back = SpecWriter.write(middleSpec, as: source)
    let final = try #require(SpecLoader.parse(text: back, path: "back", format: source).spec)
    #expect(original.structuralDifferences(from: final) == [], "\(back)")
  }

  @Test func theWritersSpellGivenPointsLikeTheDocs() throws {
    let spec = try #require(SpecLoader.parse(text: Self.yaml, path: "s", format: .yaml).spec)
    let yaml = SpecWriter.write(spec, as: .yaml)
    #expect(yaml.contains("gauge: { points: [[0, 0], [0.5, 1e-3]] }"), "\(yaml)")
    #expect(yaml.contains("sensors: { file: data/heat-sensors.csv, batch: 64 }"), "\(yaml)")
    let text = SpecWriter.write(spec, as: .text)
    #expect(text.contains("= listed(points: [[0, 0], [0.5, 1e-3]])"), "\(text)")
    #expect(text.contains("= data(file: \"data/heat-sensors.csv\", batch: 64)"), "\(text)")
  }

  @Test func keysOfAnotherKindAreConflictsInBothFormats() throws {
    let yaml = SpecLoader.parse(
      text: Self.yaml.replacingOccurrences(
        of: "gauge: { points: [[0, 0], [0.5, 1e-3]] }",
        with: "gauge: { points: [[0, 0]], distribution: sobol }"
      ).replacingOccurrences(
        of: "{ file: data/heat-sensors.csv, batch: 64 }",
        with: "{ file: data/heat-sensors.csv, region: interior }"),
      path: "s.yaml", format: .yaml)
    #expect(yaml.diagnostics.map(\.id) == [.conflictingKeys, .conflictingKeys])
    #expect(yaml.diagnostics.first?.message.contains("takes no 'distribution'") == true)
    #expect(yaml.diagnostics.first?.range?.start == SourceLocation(line: 5, column: 30))
    #expect(yaml.diagnostics.last?.message.contains("takes no 'region'") == true)
    let text = SpecLoader.parse(
      text: Self.text.replacingOccurrences(
        of: "listed(points: [[0, 0], [0.5, 1e-3]])", with: "listed(points: [[0, 0]], resample: 1)"
      ).replacingOccurrences(
        of: "sample inside = interior(points: 8)",
        with: "sample inside = interior(points: 8, batch: 2)"),
      path: "s.loss", format: .text)
    #expect(text.diagnostics.map(\.id) == [.conflictingKeys, .conflictingKeys])
    #expect(text.diagnostics.contains { $0.message.contains("takes no 'resample'") })
    #expect(text.diagnostics.contains { $0.message.contains("takes no 'batch'") })
  }

  @Test(arguments: [SpecFormat.yaml, .text])
  func givenPointsDoNotAdapt(_ format: SpecFormat) {
    let source =
      format == .yaml
      ? Self.yaml.replacingOccurrences(
        of: "{ file: data/heat-sensors.csv, batch: 64 }",
        with: "{ file: data/heat-sensors.csv, adapt: rad }")
      : Self.text.replacingOccurrences(
        of: "listed(points: [[0, 0], [0.5, 1e-3]])", with: "listed(points: [[0, 0]], adapt: r3)")
    let result = SpecLoader.parse(text: source, path: "s", format: format)
    #expect(result.diagnostics.map(\.id) == [.conflictingKeys], "\(result.diagnostics)")
    #expect(result.diagnostics.first?.message.contains("takes no 'adapt'") == true)
  }

  @Test func aListedRowMustBeNumbers() {
    let result = SpecLoader.parse(
      text: Self.yaml.replacingOccurrences(of: "[[0, 0], [0.5, 1e-3]]", with: "[[0, x]]"),
      path: "s.yaml", format: .yaml)
    #expect(result.diagnostics.map(\.id) == [.wrongType])
  }

  @Test func dataColumnsAreOneNameAndOtherDotsStayErrors() {
    var diagnostics = DiagnosticCollector(path: "e")
    let expression = Expression.parse("data.u_obs - u", into: &diagnostics)
    #expect(diagnostics.diagnostics.isEmpty)
    #expect(expression?.description == "data.u_obs - u")
    if case .binary(_, let left, _) = expression?.kind {
      #expect(left.kind == .name("data.u_obs"))
    } else {
      Issue.record("not a difference: \(String(describing: expression))")
    }
    _ = Expression.parse("u.v", into: &diagnostics)
    #expect(!diagnostics.diagnostics.isEmpty)
  }
}
