import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunSpec

/// The issue's seed problem, exactly as written there.
let seedExample = SpecFixtures.seedExampleYAML

@Suite struct YAMLSeedExampleTests {
  private func readSeed() throws -> Spec {
    let result = YAMLFrontEnd.parse(text: seedExample, path: "specs/poisson-mixed.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    return try #require(result.spec)
  }

  @Test func parsesWithoutDiagnosticsIntoTheModel() throws {
    let spec = try readSeed()
    #expect(spec.path == "specs/poisson-mixed.yaml")
    #expect(spec.name?.value == "poisson-mixed")
    #expect(spec.inputs.map(\.name.value) == ["x", "y"])
    #expect(spec.inputs.map(\.lower.description) == ["0", "0"])
    #expect(spec.inputs.map(\.upper.description) == ["1", "1"])
    #expect(spec.constants.map(\.name.value) == ["k"])
    #expect(spec.constants.first?.expression.description == "4 * pi")
    #expect(spec.definitions.first?.expression.description == "exp(x) * sin(k * y)")
    let network = try #require(spec.network)
    #expect(network.outputs.map(\.value) == ["u"])
    #expect(network.hidden.map(\.value) == [50, 50, 50])
    #expect(network.activation?.value == .tanh)
    #expect(network.initialization == nil)
    #expect(spec.samplers.map(\.name.value) == ["interior", "dirichlet", "neumann"])
    #expect(spec.samplers.map(\.drawn?.region.value) == [.interior, .boundary, .boundary])
    #expect(spec.samplers.map(\.drawn?.points.value) == [256, 256, 256])
    #expect(spec.samplers[0].drawn?.predicate == nil)
    #expect(spec.samplers[1].drawn?.predicate?.description == "x == 0 or y == 0 or y == 1")
    #expect(spec.terms.map(\.name.value) == ["residual", "dirichlet", "neumann"])
    #expect(spec.terms.map(\.sampler.value) == ["interior", "dirichlet", "neumann"])
    #expect(spec.terms[0].residuals.map(\.description) == ["-lap(u) - (k^2 - 1) * exact"])
    #expect(spec.terms[2].residuals.map(\.description) == ["dn(u) - exp(x) * sin(k * y)"])
    let weighting = try #require(spec.weighting)
    #expect(weighting.rule.value == "annealing")
    #expect(weighting.settings.map(\.key.value) == ["reference", "stat", "ema", "every"])
    #expect(weighting.settings["ema"]?.value.value == .number(0.1))
    #expect(weighting.settings["stat"]?.value.value == .word("mean"))
    #expect(spec.training.optimizer?.value == .adam)
    #expect(spec.training.learningRate?.value == 1e-3)
    #expect(spec.training.steps?.value == 20000)
    #expect(spec.training.seed?.value == 0)
    let evaluation = try #require(spec.evaluation)
    #expect(evaluation.exact.count == 1)
    #expect(evaluation.exact.first?.output == nil)
    #expect(evaluation.exact.first?.expression.description == "exact")
    #expect(evaluation.grid?.map(\.value) == [101, 101])
    #expect(evaluation.every?.value == 1000)
    #expect(spec.comments.first?.anchor == "name")
  }

  @Test func locationsPointAtTheValuesThemselves() throws {
    let spec = try readSeed()
    #expect(spec.name?.range == SourceRange(line: 2, columns: 7..<20))
    #expect(spec.inputs[1].name.range == SourceRange(line: 3, columns: 22..<23))
    #expect(spec.inputs[1].upper.range == SourceRange(line: 3, columns: 29..<30))
    // `k^2` inside the quoted residual on line 13: after the quote at column 41.
    guard case .binary(.subtract, _, let product) = spec.terms[0].residuals[0].kind,
      case .binary(.multiply, let difference, _) = product.kind
    else {
      Issue.record("unexpected tree")
      return
    }
    #expect(spec.terms[0].residuals[0].range == SourceRange(line: 13, columns: 42..<69))
    #expect(difference.range == SourceRange(line: 13, columns: 52..<61))
    #expect(spec.samplers[2].drawn?.predicate?.range == SourceRange(line: 11, columns: 42..<48))
    #expect(spec.samplers[0].drawn?.points.range == SourceRange(line: 9, columns: 42..<45))
    #expect(spec.training.learningRate?.range == SourceRange(line: 17, columns: 34..<38))
    #expect(spec.network?.activation?.range == SourceRange(line: 7, columns: 60..<64))
  }
}
