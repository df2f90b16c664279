import LossrunDiagnostics
import LossrunSpec
import Testing

/// Converting a spec to the other format and back gives the same model, comments included.
@Suite struct RoundTripTests {
  static let allSpecs = TextFixtures.specPaths("yaml") + TextFixtures.specPaths("loss")

  @Test(arguments: allSpecs)
  func convertingThereAndBackKeepsTheModel(path: String) throws {
    let original = try #require(SpecLoader.read(path: path).spec)
    let source = SpecFormat(path: path)
    let target: SpecFormat = source == .yaml ? .text : .yaml
    let converted = SpecWriter.write(original, as: target)
    let middle = SpecLoader.parse(text: converted, path: "converted", format: target)
    #expect(middle.diagnostics.isEmpty, "\(middle.diagnostics.map(\.message))\n\(converted)")
    let middleSpec = try #require(middle.spec)
    #expect(original.structuralDifferences(from: middleSpec) == [], "\(converted)")
    let back = SpecWriter.write(middleSpec, as: source)
    let final = try #require(SpecLoader.parse(text: back, path: "back", format: source).spec)
    #expect(original.structuralDifferences(from: final) == [], "\(back)")
    #expect(final.comments.map(\.text) == original.comments.map(\.text))
  }

  @Test(arguments: allSpecs)
  func writingTheSameFormatIsStable(path: String) throws {
    let original = try #require(SpecLoader.read(path: path).spec)
    let format = SpecFormat(path: path)
    let once = SpecWriter.write(original, as: format)
    let reread = try #require(SpecLoader.parse(text: once, path: "once", format: format).spec)
    #expect(SpecWriter.write(reread, as: format) == once)
  }

  @Test func unusualNamesWordsAndNumbersSurvive() throws {
    let text = """
      # leading comment
      name "odd name: #1"
      input "x" in [-2*pi, 1e-3]
      time t
      input t in [0, 0.5]
      param nu = -2.5e-7, learn: false
      param mu = 3
      net (u, v) = mlp(hidden: [4, 4], activation: swish, init: glorot_uniform, normalize: box)
      sample "the edge" = boundary(points: 10000, distribution: lhs, resample: 0) where not x > 0
      # about term a
      term a on "the edge": u, v - 1, weight: 0.25, reduction: mae
      weighting annealing(reference: a, flag: true, word: "true", number_word: "1", list: [a, [1, false]])
      train sgd(lr: 0.5, momentum: 0.9, nesterov: true), schedule: step(factor: 0.5, every: 10),
        lbfgs_from: 5, steps: 20, seed: -3, precision: double, log_every: 2, checkpoint_every: 4
      evaluate u: sin(x), v: cos(t) reference "ref data.csv" on grid(3, 4) every 7
      output "runs/odd \\"quoted\\""
      # trailing comment
      """
    let result = TextFixtures.parse(text)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let spec = try #require(result.spec)
    #expect(spec.name?.value == "odd name: #1")
    #expect(spec.output?.value == "runs/odd \"quoted\"")
    #expect(spec.parameters.first?.initial.value == -2.5e-7)
    #expect(spec.training.checkpointEvery?.value == 4)
    for format in SpecFormat.allCases {
      let written = SpecWriter.write(spec, as: format)
      let reread = try #require(SpecLoader.parse(text: written, path: "w", format: format).spec)
      #expect(spec.structuralDifferences(from: reread) == [], "\(written)")
      #expect(
        reread.comments.map(\.text) == ["leading comment", "about term a", "trailing comment"])
    }
  }

  @Test func comparisonSeesDifferencesButNotRanges() throws {
    let a = try #require(TextFixtures.parse(TextFixtures.base).spec)
    let shifted = try #require(TextFixtures.parse("\n\n" + TextFixtures.base).spec)
    #expect(a.isStructurallyEqual(to: shifted))
    let changed = try #require(
      TextFixtures.parse(TextFixtures.base(replacing: 9, with: "term pde on inside: lap(u) + f"))
        .spec)
    #expect(a.structuralDifferences(from: changed).count == 1)
    #expect(a.structuralDifferences(from: changed).first?.hasPrefix("terms:") == true)
  }
}
