import Foundation
import Testing

/// Spec texts that several test targets read, and a patch helper that fails the test when the
/// text to replace is not found exactly once (so a fixture edit cannot silently stop a test
/// from testing anything).
public enum SpecFixtures {
  /// The package root, found from this file's path.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The example specs in `specs/` with extension `ext` (`yaml` or `loss`), sorted by name.
  public static func exampleSpecPaths(extension ext: String = "yaml") -> [String] {
    let directory = packageRoot.appendingPathComponent("specs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }

  /// The seed example (the mixed Poisson problem of `specs/poisson-mixed.yaml`, abridged).
  public static let seedExampleYAML = """
    # -lap(u) = f on the unit square, u = g on three sides, du/dn = h on x = 1.
    name: poisson-mixed
    inputs: { x: [0, 1], y: [0, 1] }
    constants: { k: 4*pi }
    define:
      exact: exp(x) * sin(k*y)
    network: { outputs: [u], hidden: [50, 50, 50], activation: tanh }
    samplers:
      interior:  { region: interior, points: 256 }
      dirichlet: { region: boundary, where: "x == 0 or y == 0 or y == 1", points: 256 }
      neumann:   { region: boundary, where: "x == 1", points: 256 }
    terms:
      residual:  { on: interior,  residual: "-lap(u) - (k^2 - 1) * exact" }
      dirichlet: { on: dirichlet, residual: "u - exact" }
      neumann:   { on: neumann,   residual: "dn(u) - exp(x) * sin(k*y)" }
    weighting: { rule: annealing, reference: residual, stat: mean, ema: 0.1, every: 10 }
    training: { optimizer: adam, lr: 1e-3, steps: 20000, seed: 0 }
    evaluate: { exact: exact, grid: [101, 101], every: 1000 }

    """

  /// A small valid two-input YAML spec of 12 lines; checker tests replace single lines of it.
  public static let smallYAML = """
    name: t
    inputs: { x: [0, 1], y: [0, 1] }
    constants: { k: 2 }
    define: { f: "k*x" }
    network: { outputs: [u], hidden: [8] }
    samplers:
      inside: { region: interior, points: 16 }
      edge: { region: boundary, where: "x == 0 or x == 1 or y == 0 or y == 1", points: 16 }
    terms:
      pde: { on: inside, residual: "lap(u) - f" }
      bc: { on: edge, residual: "u" }
    training: { steps: 10 }
    """

  /// The `.loss` twin of `smallYAML` (11 lines); text-format tests replace single lines of it.
  public static let smallText = """
    name t
    input x in [0, 1]
    input y in [0, 1]
    const k = 2
    let f = k*x
    net u = mlp(hidden: [8])
    sample inside = interior(points: 16)
    sample edge = boundary(points: 16) where x == 0 or x == 1 or y == 0 or y == 1
    term pde on inside: lap(u) - f
    term bc on edge: u
    train steps: 10
    """

  /// A minimal valid one-input YAML spec (6 lines and a final newline); front-end tests append
  /// or replace lines to make one mistake at a time.
  public static let minimalYAML = """
    inputs: { x: [0, 1] }
    network: { outputs: [u], hidden: [8] }
    samplers:
      interior: { region: interior, points: 16 }
    terms:
      residual: { on: interior, residual: "u_xx + 1" }

    """

  /// A small Poisson-like YAML spec on the unit square (16 lines): an interior residual, a
  /// Dirichlet term on three sides (`wall`) and a Neumann term on `x = 1` (`side`), logged every 5
  /// steps and evaluated against its exact solution every 10; training and CLI tests run it.
  ///
  /// - Parameters:
  ///   - steps: the training steps.
  ///   - weighting: the `weighting:` value.
  ///   - precision: `float32` or `float64`.
  ///   - resample: the interior sampler's resampling interval (nil: never).
  public static func smallPoissonYAML(
    steps: Int = 30, weighting: String = "{ rule: annealing, reference: residual, stat: mean }",
    precision: String = "float64", resample: Int? = nil
  ) -> String {
    let resampleText = resample.map { ", resample: \($0)" } ?? ""
    return """
      name: small
      inputs: { x: [0, 1], y: [0, 1] }
      define:
        exact: sin(pi*x) * y
      network: { outputs: [u], hidden: [8, 8], activation: tanh, normalize: box }
      samplers:
        interior: { region: interior, points: 24\(resampleText) }
        wall: { region: boundary, where: "x == 0 or y == 0 or y == 1", points: 16 }
        side: { region: boundary, where: "x == 1", points: 8 }
      terms:
        residual: { on: interior, residual: "-lap(u) - pi^2 * exact" }
        wall: { on: wall, residual: "u - exact" }
        side: { on: side, residual: "dn(u) + pi * y" }
      weighting: \(weighting)
      training: { optimizer: adam, lr: 1e-3, steps: \(steps), seed: 3, precision: \(precision), log_every: 5 }
      evaluate: { exact: exact, grid: [11, 11], every: 10 }
      """
  }

  /// `text` with 1-based line `line` replaced by `replacement` (which may hold several lines),
  /// or with `replacement` appended when `line` is past the end.
  public static func replacingLine(_ line: Int, of text: String, with replacement: String)
    -> String
  {
    var lines = text.components(separatedBy: "\n")
    if line >= 1, line <= lines.count {
      lines[line - 1] = replacement
    } else {
      lines.append(replacement)
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// This text with `target` replaced by `replacement`; records a test issue (and returns the
  /// text unchanged) unless `target` occurs exactly once.
  public func patched(
    replacing target: String, with replacement: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    let count = components(separatedBy: target).count - 1
    guard !target.isEmpty, count == 1 else {
      Issue.record(
        "the fixture patch expects '\(target)' exactly once, found it \(count) times",
        sourceLocation: sourceLocation)
      return self
    }
    return replacingOccurrences(of: target, with: replacement)
  }
}
