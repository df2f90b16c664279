import Foundation
import LossrunCheck
import LossrunEngine
import LossrunReport
import LossrunTestSupport
import Testing

@testable import LossrunTraining

/// End-to-end runs of a small spec: outputs, determinism, resampling, evaluation.
@Suite struct RunTests {
  static func run(_ text: String, out: String, options: RunOptions = RunOptions()) throws
    -> TrainingRun.Result
  {
    let spec = try #require(RunTestSupport.checked(text))
    var options = options
    options.outputDirectory = out
    return try TrainingRun.run(spec: spec, specText: text, options: options)
  }

  static func contents(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  /// The metrics without the `elapsed` column (the only wall-clock column).
  static func metricsWithoutTime(_ path: String) -> [String] {
    contents(path).split(separator: "\n").map { line in
      var cells = line.split(separator: ",", omittingEmptySubsequences: false)
      if cells.count > 1 { cells.remove(at: 1) }
      return cells.joined(separator: ",")
    }
  }

  static func summaryWithoutTime(_ path: String) -> [String] {
    contents(path).split(separator: "\n").map(String.init).filter {
      !$0.contains("\"seconds\"") && !$0.contains("\"steps_per_second\"")
    }
  }

  @Test func smallRunWritesEveryOutput() throws {
    let out = RunTestSupport.temporaryDirectory("outputs")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try Self.run(SpecFixtures.smallPoissonYAML(steps: 30), out: out)
    #expect(result.summary.steps == 30)
    #expect(!result.interrupted)
    for file in ["metrics.csv", "summary.json", "parameters.lrp", "spec.yaml"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/metrics.csv.partial"))
    let lines = Self.contents(out + "/metrics.csv").split(separator: "\n")
    // Header, steps 0, 5, ..., 25 (logged), step 10 and 20 are also evaluation steps, final 30.
    #expect(lines.count == 1 + 6 + 1)
    #expect(lines[0].hasPrefix("step,elapsed,lr,loss_residual,weight_residual"))
    #expect(lines[0].contains("rel_l2_u,max_error_u,cos_"))
    #expect(lines.last?.hasPrefix("30,") == true)
    let summary = Self.contents(out + "/summary.json")
    #expect(summary.contains("\"spec\": \"small\""))
    #expect(summary.contains("\"steps\": 30"))
    let l2 = try #require(result.summary.relativeL2)
    #expect(l2.isFinite && l2 > 0)
    let parameters = try ParameterFile.read(from: out + "/parameters.lrp")
    #expect(parameters.precision == .float64)
    #expect(
      parameters.blocks.map(\.name) == [
        "layer1.weight", "layer1.bias", "layer2.weight", "layer2.bias", "layer3.weight",
        "layer3.bias",
      ])
    #expect(parameters.values.count == 2 * 8 + 8 + 8 * 8 + 8 + 8 + 1)
    #expect(Self.contents(out + "/spec.yaml") == SpecFixtures.smallPoissonYAML(steps: 30))
  }

  @Test(arguments: ["float32", "float64"])
  func rerunsAreIdenticalButForWallClock(precision: String) throws {
    let a = RunTestSupport.temporaryDirectory("det-a")
    let b = RunTestSupport.temporaryDirectory("det-b")
    defer {
      try? FileManager.default.removeItem(atPath: a)
      try? FileManager.default.removeItem(atPath: b)
    }
    let text = SpecFixtures.smallPoissonYAML(steps: 25, precision: precision)
    _ = try Self.run(text, out: a)
    _ = try Self.run(text, out: b)
    #expect(
      Self.metricsWithoutTime(a + "/metrics.csv") == Self.metricsWithoutTime(b + "/metrics.csv"))
    #expect(
      Self.summaryWithoutTime(a + "/summary.json") == Self.summaryWithoutTime(b + "/summary.json"))
    let pa = FileManager.default.contents(atPath: a + "/parameters.lrp")
    let pb = FileManager.default.contents(atPath: b + "/parameters.lrp")
    #expect(pa != nil && pa == pb)
  }

  @Test func aDifferentSeedChangesTheRun() throws {
    let a = RunTestSupport.temporaryDirectory("seed-a")
    let b = RunTestSupport.temporaryDirectory("seed-b")
    defer {
      try? FileManager.default.removeItem(atPath: a)
      try? FileManager.default.removeItem(atPath: b)
    }
    let text = SpecFixtures.smallPoissonYAML(steps: 5)
    _ = try Self.run(text, out: a)
    _ = try Self.run(text, out: b, options: RunOptions(seed: 4))
    #expect(
      FileManager.default.contents(atPath: a + "/parameters.lrp")
        != FileManager.default.contents(atPath: b + "/parameters.lrp"))
  }

  @Test func overridesApply() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML(steps: 30)))
    let applied = try RunOptions(
      steps: 7, seed: 9, outputDirectory: "elsewhere", precision: .float32
    ).applied(to: spec)
    #expect(applied.training.steps == 7)
    #expect(applied.training.seed == 9)
    #expect(applied.outputDirectory == "elsewhere")
    #expect(applied.training.precision == .float32)
    #expect(throws: TrainingError.self) { try RunOptions(steps: 0).applied(to: spec) }
    #expect(throws: TrainingError.self) { try RunOptions(threads: 0).applied(to: spec) }
  }

  /// Records what a run reports to its observer.
  final class RecordingObserver: TrainingObserver {
    var started: (termNames: [String], totalSteps: Int)?
    var steps: [TrainingProgress] = []
    var finished: TrainingRun.Result?

    func trainingStarted(termNames: [String], totalSteps: Int) {
      started = (termNames, totalSteps)
    }
    func stepFinished(_ progress: TrainingProgress) { steps.append(progress) }
    func trainingFinished(_ result: TrainingRun.Result) { finished = result }
  }

  /// The observer hears the start, every step (logged ones marked, evaluations only at the
  /// steps that measured them) and the end; the run's numbers do not depend on it.
  @Test func anObserverHearsEveryStepAndEvaluationsOnlyWhereMeasured() throws {
    let watched = RunTestSupport.temporaryDirectory("observed")
    let unwatched = RunTestSupport.temporaryDirectory("unobserved")
    defer {
      try? FileManager.default.removeItem(atPath: watched)
      try? FileManager.default.removeItem(atPath: unwatched)
    }
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML(steps: 30)))
    let observer = RecordingObserver()
    let result = try TrainingRun.run(
      spec: spec, specText: nil, options: RunOptions(outputDirectory: watched),
      observer: observer)
    _ = try TrainingRun.run(
      spec: spec, specText: nil, options: RunOptions(outputDirectory: unwatched))

    #expect(observer.started?.termNames == ["residual", "wall", "side"])
    #expect(observer.started?.totalSteps == 30)
    #expect(observer.steps.map(\.step) == Array(0..<30))
    // log_every 5, evaluate every 10.
    #expect(observer.steps.filter(\.isLogged).map(\.step) == [0, 5, 10, 15, 20, 25])
    #expect(observer.steps.filter { $0.evaluation != nil }.map(\.step) == [0, 10, 20])
    #expect(observer.steps.allSatisfy { $0.losses.count == 3 && $0.weights.count == 3 })
    let elapsed = observer.steps.map(\.elapsedSeconds)
    #expect(zip(elapsed, elapsed.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(observer.finished?.summary.steps == result.summary.steps)
    #expect(observer.finished?.directory == result.directory)
    #expect(
      Self.metricsWithoutTime(watched + "/metrics.csv")
        == Self.metricsWithoutTime(unwatched + "/metrics.csv"))
  }

  @Test func samplersRedrawOnlyAtTheirPeriod() throws {
    let spec = try #require(RunTestSupport.checked(SpecFixtures.smallPoissonYAML(resample: 3)))
    let problem = try LoweredProblem(spec: spec, evaluation: nil)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 0)
    var bank = try SamplerBank<Double>(problem: problem, seed: 0)
    var previous: [[Double]] = []
    for step in 0..<8 {
      try bank.refresh(step: step, plan: plan)
      let current = bank.entries.map(\.batch.points)
      if step > 0 {
        // interior: every 3 steps; the boundary samplers (default): every step.
        #expect((current[0] != previous[0]) == (step % 3 == 0), "step \(step)")
        #expect(current[1] != previous[1])
      }
      previous = current
    }
    // Boundary points lie on their faces with outward unit normals.
    let side = bank.entries[2].batch
    for i in 0..<side.count {
      #expect(side.points[2 * i] == 1)
      #expect(side.normals[2 * i] == 1 && side.normals[2 * i + 1] == 0)
    }
  }

  @Test func evaluationErrorsOfAKnownFunction() throws {
    // u ≡ 0.5 (all weights zero, output bias 0.5) against exact u = x on a 3 x 2 grid over
    // [0, 1] x [0, 1]: x takes 0, 0.5, 1 (each twice).
    let text = """
      inputs: { x: [0, 1], y: [0, 1] }
      network: { outputs: [u], hidden: [3] }
      samplers: { inside: { region: interior, points: 4 } }
      terms: { pde: { on: inside, residual: "lap(u)" } }
      training: { steps: 1, precision: float64 }
      evaluate: { exact: x, grid: [3, 2] }
      """
    let spec = try #require(RunTestSupport.checked(text))
    let data = try #require(try EvaluationData.make(for: spec))
    #expect(data.count == 6)
    #expect(data.points == [0, 0, 0, 1, 0.5, 0, 0.5, 1, 1, 0, 1, 1])
    let problem = try LoweredProblem(spec: spec, evaluation: data)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 0)
    for i in 0..<plan.layout.count { plan.parameters[i] = 0 }
    plan.parameters[plan.layout.layers.last!.biases.lowerBound] = 0.5
    plan.computePerTermGradients()
    let errors = Evaluator<Double>(slot: try #require(problem.evaluation)).evaluate(plan)
    // errors: -0.5, 0, 0.5 twice each: ‖e‖² = 1; ‖x‖² = 2 · (0 + 0.25 + 1) = 2.5.
    #expect(abs(errors.relativeL2[0] - (1 / 2.5).squareRoot()) < 1e-12)
    #expect(abs(errors.maxError[0] - 0.5) < 1e-12)
  }

  @Test func referenceFileEvaluation() throws {
    let directory = RunTestSupport.temporaryDirectory("reference")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let csv = directory + "/ref.csv"
    try "y,x,u\n0,0,1\n1,0.5,2\n\n0.5,1,-2\n".write(toFile: csv, atomically: true, encoding: .utf8)
    let text = """
      inputs: { x: [0, 1], y: [0, 1] }
      network: { outputs: [u], hidden: [3] }
      samplers: { inside: { region: interior, points: 4 } }
      terms: { pde: { on: inside, residual: "lap(u)" } }
      training: { steps: 1 }
      evaluate: { reference: "\(csv)" }
      """
    let spec = try #require(RunTestSupport.checked(text))
    let data = try #require(try EvaluationData.make(for: spec))
    #expect(data.points == [0, 0, 0.5, 1, 1, 0.5])
    #expect(data.expected == [[1, 2, -2]])
    try "x,u\n0,1\n".write(toFile: csv, atomically: true, encoding: .utf8)
    #expect(throws: TrainingError.self) { try EvaluationData.make(for: spec) }
  }

  @Test func referenceCellsLeftEmptyAreLeftOutOfThatOutputsErrors() throws {
    let directory = RunTestSupport.temporaryDirectory("reference-gaps")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let csv = directory + "/ref.csv"
    // u on the first two rows, v on the last two; the middle row gives both.
    try "x,y,u,v\n0,0.5,1,\n0.5,0.5,3,2\n1,0.5,,4\n".write(
      toFile: csv, atomically: true, encoding: .utf8)
    let text = """
      inputs: { x: [0, 1], y: [0, 1] }
      network: { outputs: [u, v], hidden: [3] }
      samplers: { inside: { region: interior, points: 4 } }
      terms: { pde: { on: inside, residual: ["lap(u)", "lap(v)"] } }
      training: { steps: 1 }
      evaluate: { reference: "\(csv)" }
      """
    let spec = try #require(RunTestSupport.checked(text))
    let data = try #require(try EvaluationData.make(for: spec))
    #expect(data.count == 3)
    #expect(data.expected == [[1, 3, nil], [nil, 2, 4]])
    let problem = try LoweredProblem(spec: spec, evaluation: data)
    let plan: Plan<Double> = try problem.makePlan(threads: 1, seed: 0)
    // The network is the constant (u, v) = (2, 3).
    for i in 0..<plan.layout.count { plan.parameters[i] = 0 }
    let biases = plan.layout.layers.last!.biases.lowerBound
    plan.parameters[biases] = 2
    plan.parameters[biases + 1] = 3
    plan.computePerTermGradients()
    let slot = try #require(problem.evaluation)
    let errors = Evaluator<Double>(slot: slot).evaluate(plan)
    // u: errors 1, -1 against 1, 3; v: errors 1, -1 against 2, 4 (the empty cells add nothing).
    #expect(abs(errors.relativeL2[0] - (2.0 / 10).squareRoot()) < 1e-12)
    #expect(abs(errors.relativeL2[1] - (2.0 / 20).squareRoot()) < 1e-12)
    #expect(errors.maxError == [1, 1])
    #expect(abs(errors.overallRelativeL2 - (4.0 / 30).squareRoot()) < 1e-12)
    // evaluation.csv leaves the reference and the error empty where the file had no value.
    let lines = Evaluator<Double>(slot: slot).table(plan, inputNames: ["x", "y"]).csv
      .split(separator: "\n")
    #expect(lines[0] == "x,y,u,u_exact,u_error,v,v_exact,v_error")
    #expect(lines[1] == "0.0,0.5,2.0,1.0,1.0,3.0,,")
    #expect(lines[3] == "1.0,0.5,2.0,,,3.0,4.0,-1.0")
  }

  @Test func fixedWeightsTrainAndLowerTheLoss() throws {
    let out = RunTestSupport.temporaryDirectory("fixed")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try Self.run(
      SpecFixtures.smallPoissonYAML(steps: 40, weighting: "fixed"), out: out)
    #expect(result.summary.finalWeights == [1, 1, 1])
    let rows = Self.contents(out + "/metrics.csv").split(separator: "\n").dropFirst()
    let first = try #require(Double(rows.first!.split(separator: ",")[3]))
    let last = try #require(Double(rows.last!.split(separator: ",")[3]))
    #expect(last < first)
  }
}
