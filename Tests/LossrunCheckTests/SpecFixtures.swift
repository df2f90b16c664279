import Foundation
import LossrunCheck
import LossrunDiagnostics

/// Shared inputs of the checker tests: the package's example specs and a small valid spec to
/// mutate line by line.
enum SpecFixtures {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The example specs in `specs/`, sorted by name.
  static var exampleSpecPaths: [String] {
    let directory = packageRoot.appendingPathComponent("specs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }

  /// A large memory, so the memory lint stays quiet unless a test asks for it.
  static let plentyOfMemory: UInt64 = 1 << 50

  /// A small valid spec; tests replace single lines of it.
  static let base = """
    name: t
    inputs: { x: [0, 1], y: [0, 1] }
    constants: { k: 2 }
    define: { f: "k*x" }
    network: { outputs: [u], hidden: [8] }
    samplers:
      inside: { region: interior, points: 16 }
      edge: { region: boundary, where: "x == 0", points: 16 }
    terms:
      pde: { on: inside, residual: "lap(u) - f" }
      bc: { on: edge, residual: "u" }
    training: { steps: 10 }
    """

  /// `base` with 1-based line `line` replaced by `text` (which may hold several lines), or with
  /// `text` appended when `line` is past the end.
  static func base(replacing line: Int, with text: String) -> String {
    var lines = base.components(separatedBy: "\n")
    if line <= lines.count {
      lines[line - 1] = text
    } else {
      lines.append(text)
    }
    return lines.joined(separator: "\n")
  }

  /// Lints `text` as `test.yaml`.
  static func lint(_ text: String, memory: UInt64 = plentyOfMemory) -> SpecFrontEnd.Report {
    SpecFrontEnd.load(text: text, path: "test.yaml", machineMemory: memory)
  }
}
