import LossrunDiagnostics
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// The typed, defaulted form issue 4's lowering consumes.
@Suite struct CheckedSpecTests {
  static func checked(_ text: String) throws -> CheckedSpec {
    let report = SpecFixtures.lint(text)
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.message))")
    return try #require(report.checked)
  }

  static func withWeighting(_ line: String) -> String {
    SpecFixtures.base(replacing: 13, with: line)
  }

  @Test func defaultsAreApplied() throws {
    let spec = try Self.checked(SpecFixtures.base)
    #expect(spec.name == "t")
    #expect(spec.outputDirectory == "runs/t")
    #expect(spec.network.activation == .tanh)
    #expect(spec.network.initialization == .xavierNormal)
    #expect(spec.network.normalization == .none)
    #expect(spec.network.parameterCount == 2 * 8 + 8 + 8 + 1)
    #expect(spec.samplers.map(\.drawn?.distribution) == [.uniform, .uniform])
    #expect(spec.samplers.map(\.drawn?.resampleEvery) == [1, 1])
    #expect(spec.terms.map(\.reduction) == [.meanSquare, .meanSquare])
    #expect(spec.terms.map(\.weight) == [1, 1])
    #expect(spec.terms.map(\.sampler) == [0, 1])
    #expect(spec.weighting == .fixed)
    #expect(
      spec.training.optimizer
        == .adam(CheckedTraining.Adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0)))
    #expect(spec.training.learningRate == 1e-3)
    #expect(spec.training.schedule == .constant)
    #expect(spec.training.steps == 10)
    #expect(spec.training.seed == 0)
    #expect(spec.training.precision == .float32)
    #expect(spec.training.logEvery == 1)
    #expect(spec.evaluation == nil)
  }

  @Test func boundaryPredicateIsResolved() throws {
    let spec = try Self.checked(SpecFixtures.base)
    let predicate = try #require(spec.samplers[1].drawn?.predicate)
    #expect(predicate.holds(inputs: [0, 0.4]) == true)
    #expect(predicate.holds(inputs: [1, 0.4]) == true)
    #expect(predicate.holds(inputs: [0.5, 0.4]) == false)
  }

  @Test func annealingSettingsAreTyped() throws {
    let text = SpecFixtures.base(
      replacing: 11,
      with: """
          bc: { on: edge, residual: "u" }
          bc2: { on: edge, residual: "u_x" }
        weighting:
          rule: annealing
          reference: pde
          stat: max
          ema: 0.5
          every: 3
          params: weights
          per_layer_mean: true
          weighted_denominator: true
          shared: [bc, bc2]
        """)
    let spec = try Self.checked(text)
    #expect(
      spec.weighting
        == .annealing(
          CheckedWeighting.Annealing(
            reference: 0, statistic: .max, ema: 0.5, every: 3, start: 0, parameters: .weights,
            perLayerMean: true, weightedDenominator: true, shared: [[1, 2]], epsilon: 0)))
  }

  @Test func annealingDefaults() throws {
    let spec = try Self.checked(Self.withWeighting("weighting: { rule: annealing }"))
    #expect(
      spec.weighting
        == .annealing(
          CheckedWeighting.Annealing(
            reference: 0, statistic: .mean, ema: 0.1, every: 10, start: 0, parameters: .all,
            perLayerMean: false, weightedDenominator: false, shared: [], epsilon: 0)))
  }

  @Test func wang2021PresetExpandsAndSharesBoundaryWeights() throws {
    let text = SpecFixtures.base(
      replacing: 11,
      with: """
          bc: { on: edge, residual: "u" }
          bc2: { on: edge, residual: "u_x" }
        weighting: { rule: wang2021 }
        """)
    let spec = try Self.checked(text)
    #expect(
      spec.weighting
        == .annealing(
          CheckedWeighting.Annealing(
            reference: 0, statistic: .max, ema: 0.1, every: 10, start: 0, parameters: .weights,
            perLayerMean: true, weightedDenominator: true, shared: [[1, 2]], epsilon: 0)))
  }

  @Test func presetSettingsCanBeOverridden() throws {
    let spec = try Self.checked(
      Self.withWeighting("weighting: { rule: annealing, preset: physicsnemo, every: 5 }"))
    #expect(
      spec.weighting
        == .annealing(
          CheckedWeighting.Annealing(
            reference: 0, statistic: .mean, ema: 0.01, every: 5, start: 0, parameters: .all,
            perLayerMean: false, weightedDenominator: false, shared: [], epsilon: 1e-8)))
  }

  @Test func jaxpiPresetIsGradientNormBalancing() throws {
    let spec = try Self.checked(Self.withWeighting("weighting: { rule: jaxpi }"))
    #expect(
      spec.weighting
        == .gradientNormBalancing(
          CheckedWeighting.GradientNormBalancing(ema: 0.1, every: 1000, parameters: .all)))
  }

  @Test func everyCataloguedRuleIsImplementedOrReportedAsNotYet() {
    for rule in WeightingCatalogue.rules {
      let report = SpecFixtures.lint(Self.withWeighting("weighting: { rule: \(rule.name) }"))
      let notImplemented = report.diagnostics.contains { $0.id == .ruleNotImplemented }
      #expect(notImplemented == !rule.isImplemented, "\(rule.name)")
      #expect(
        rule.isImplemented
          == [
            "fixed", "annealing", "grad_norm_balance", "relobralo", "softadapt", "uncertainty",
            "gradnorm", "ntk", "causal", "rba", "self_adaptive", "pcgrad", "mgda", "cagrad",
            "upgrad", "dualproj", "config", "mconfig", "imtlg",
          ].contains(rule.name))
    }
  }

  @Test func theOldGradNormNameSuggestsBothRules() throws {
    let report = SpecFixtures.lint(Self.withWeighting("weighting: { rule: grad_norm }"))
    let error = try #require(report.diagnostics.first { $0.id == .unknownRule })
    #expect(error.message.contains("'grad_norm_balance'") && error.message.contains("'gradnorm'"))
    #expect(error.message.contains("did you mean"))
  }

  @Test func lossHistoryAndLearnableRulesCheckWithTheirDefaults() throws {
    let relobralo = try Self.checked(Self.withWeighting("weighting: { rule: relobralo }"))
    #expect(
      relobralo.weighting
        == .relativeLossBalancing(.init(alpha: 0.999, temperature: 1, expectedRho: 0.999)))
    let softadapt = try Self.checked(Self.withWeighting("weighting: { rule: softadapt }"))
    #expect(softadapt.weighting == .softAdapt(.init(epsilon: 1e-8)))
    let uncertainty = try Self.checked(
      Self.withWeighting("weighting: { rule: uncertainty, lr: 0.01 }"))
    #expect(uncertainty.weighting == .uncertainty(.init(learningRate: 0.01)))
    let gradnorm = try Self.checked(Self.withWeighting("weighting: { rule: gradnorm }"))
    #expect(
      gradnorm.weighting == .gradNorm(.init(alpha: 1.5, learningRate: nil, layer: .lastHidden)))
    let output = try Self.checked(
      Self.withWeighting("weighting: { rule: gradnorm, alpha: 1, layer: output }"))
    #expect(output.weighting == .gradNorm(.init(alpha: 1, learningRate: nil, layer: .output)))
    let ntk = try Self.checked(Self.withWeighting("weighting: { rule: ntk }"))
    #expect(ntk.weighting == .ntk(.init(every: 100, batch: 300, ema: 1, trace: .sum, epsilon: 0)))
    let jaxpi = try Self.checked(Self.withWeighting("weighting: { rule: jaxpi_ntk, batch: 64 }"))
    #expect(
      jaxpi.weighting == .ntk(.init(every: 1000, batch: 64, ema: 0.1, trace: .mean, epsilon: 1e-5)))
  }

  @Test func optimizerAndScheduleSettings() throws {
    let spec = try Self.checked(
      SpecFixtures.base(
        replacing: 12,
        with: """
          training:
            optimizer: sgd
            lr: 0.05
            momentum: 0.9
            nesterov: true
            schedule: { kind: step, factor: 0.5, every: 100 }
            steps: 1000
            lbfgs_from: 800
            history: 20
            precision: float64
            log_every: 50
            seed: 7
          """))
    #expect(
      spec.training.optimizer
        == .sgd(CheckedTraining.SGD(momentum: 0.9, nesterov: true, weightDecay: 0)))
    #expect(spec.training.learningRate == 0.05)
    #expect(spec.training.schedule == .step(factor: 0.5, every: 100))
    #expect(spec.training.switchToLBFGS?.step == 800)
    #expect(
      spec.training.switchToLBFGS?.settings
        == CheckedTraining.LBFGS(
          history: 20, maxIterations: 20, tolerance: 1e-9, lineSearch: .strongWolfe))
    #expect(spec.training.precision == .float64)
    #expect(spec.training.logEvery == 50)
    #expect(spec.training.seed == 7)
  }

  @Test func exponentialScheduleOfHelmholtz() throws {
    let path = try #require(SpecFixtures.exampleSpecPaths.first { $0.hasSuffix("helmholtz.yaml") })
    let spec = try #require(SpecFrontEnd.load(path: path).checked)
    #expect(spec.training.schedule == .exponential(rate: 0.9, every: 1000, staircase: false))
    #expect(spec.training.steps == 40001)
    #expect(spec.samplers.map(\.drawn?.points) == [128, 128, 128, 128, 128])
    #expect(spec.network.normalization == .standardize)
    #expect(spec.inputs.map(\.lower) == [-1, -1])
    guard case .annealing(let annealing) = spec.weighting else {
      Issue.record("expected annealing")
      return
    }
    #expect(annealing.statistic == .max)
    #expect(annealing.shared == [[1, 2, 3, 4]])
    #expect(spec.evaluation?.grid == [100, 100])
  }

  @Test func evaluationWithExactSolution() throws {
    let spec = try Self.checked(Self.withWeighting("evaluate: { exact: f, every: 5 }"))
    let evaluation = try #require(spec.evaluation)
    #expect(evaluation.grid == [101, 101])
    #expect(evaluation.every == 5)
    guard case .exact(let solutions) = evaluation.target else {
      Issue.record("expected an exact solution")
      return
    }
    #expect(solutions.first?.expression.value(inputs: [0.5, 0]) == 1)
  }
}

/// The checked model keeps where each declaration was written, and command-line overrides go
/// through `CheckedSpec.overriding(_:)`.
@Suite struct CheckedSpecLocationTests {
  @Test func declarationsCarryTheirRanges() throws {
    let report = SpecFixtures.lint(
      SpecFixtures.base.patched(
        replacing: "training: { steps: 10 }",
        with: "weighting: fixed\ntraining: { steps: 10, seed: 4 }\nevaluate: { exact: f }"))
    let spec = try #require(report.checked)
    let written = try #require(report.spec)
    #expect(spec.inputs.map(\.range) == written.inputs.map(\.name.range))
    #expect(spec.samplers.map(\.range) == written.samplers.map(\.name.range))
    #expect(spec.terms.map(\.range) == written.terms.map(\.name.range))
    #expect(spec.terms.map(\.residualRanges) == written.terms.map { $0.residuals.map(\.range) })
    #expect(spec.terms[0].residualRanges[0].start == SourceLocation(line: 10, column: 33))
    #expect(spec.network.range == written.network?.range)
    #expect(spec.weightingRange == written.weighting?.rule.range)
    #expect(spec.training.ranges["seed"] == written.training.seed?.range)
    #expect(spec.training.ranges["steps"] == written.training.steps?.range)
    #expect(spec.training.ranges["precision"] == nil)
    #expect(spec.evaluation?.range == written.evaluation?.range)
  }

  @Test func overridingReplacesRevalidatesAndRecords() throws {
    let spec = try CheckedSpecTests.checked(
      SpecFixtures.base.patched(
        replacing: "training: { steps: 10 }", with: "training: { steps: 1000, log_every: 50 }"))
    #expect(spec.overrides.isEmpty)
    let overridden = try spec.overriding(
      CheckedSpec.Overrides(steps: 20, seed: 5, precision: .float64, outputDirectory: "out/x"))
    #expect(overridden.training.steps == 20)
    #expect(overridden.training.logEvery == 20)
    #expect(overridden.training.seed == 5)
    #expect(overridden.training.precision == .float64)
    #expect(overridden.outputDirectory == "out/x")
    #expect(
      overridden.overrides.entries.map(\.key) == ["steps", "seed", "precision", "output_directory"])
    #expect(overridden.overrides.entries.map(\.value) == ["20", "5", "float64", "out/x"])
    // A second override keeps the first ones it does not replace.
    let again = try overridden.overriding(CheckedSpec.Overrides(seed: 6))
    #expect(
      again.overrides
        == CheckedSpec.Overrides(
          steps: 20, seed: 6, precision: .float64, outputDirectory: "out/x"))
    // A larger step count keeps the spec's log interval.
    #expect(try spec.overriding(CheckedSpec.Overrides(steps: 5000)).training.logEvery == 50)

    let zero = #expect(throws: CheckedSpec.OverrideError.self) {
      try spec.overriding(CheckedSpec.Overrides(steps: 0))
    }
    #expect(zero?.message == "--steps must be at least 1, not 0")
    #expect(throws: CheckedSpec.OverrideError.self) {
      try spec.overriding(CheckedSpec.Overrides(seed: -1))
    }
    #expect(throws: CheckedSpec.OverrideError.self) {
      try spec.overriding(CheckedSpec.Overrides(outputDirectory: ""))
    }
  }

  @Test func specPathsResolveFromTheSpecFilesDirectory() throws {
    let text = SpecFixtures.base.patched(
      replacing: "name: t", with: "name: t\noutput: results/t")
    let nested = try #require(SpecFrontEnd.load(text: text, path: "some/dir/t.yaml").checked)
    #expect(nested.outputDirectory == "some/dir/results/t")
    let here = try #require(SpecFrontEnd.load(text: text, path: "t.yaml").checked)
    #expect(here.outputDirectory == "results/t")
    let absolute = try #require(
      SpecFrontEnd.load(
        text: text.patched(replacing: "output: results/t", with: "output: /tmp/t"),
        path: "some/dir/t.yaml"
      ).checked)
    #expect(absolute.outputDirectory == "/tmp/t")
    // The default stays relative to the current directory.
    #expect(
      try #require(SpecFrontEnd.load(text: SpecFixtures.base, path: "a/b.yaml").checked)
        .outputDirectory == "runs/t")
  }
}
