import Foundation
import LossrunDiagnostics
import LossrunSpec

/// Shared inputs and helpers of the text-format tests.
enum TextFixtures {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The paths of the example specs in `specs/` with extension `ext`, sorted.
  static func specPaths(_ ext: String) -> [String] {
    let directory = packageRoot.appendingPathComponent("specs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }

  /// A small valid `.loss` spec; tests replace single lines of it.
  static let base = """
    name t
    input x in [0, 1]
    input y in [0, 1]
    const k = 2
    let f = k*x
    net u = mlp(hidden: [8])
    sample inside = interior(points: 16)
    sample edge = boundary(points: 16) where x == 0
    term pde on inside: lap(u) - f
    term bc on edge: u
    train steps: 10
    """

  /// `base` with 1-based line `line` replaced by `text` (which may hold several lines).
  static func base(replacing line: Int, with text: String) -> String {
    var lines = base.components(separatedBy: "\n")
    lines[line - 1] = text
    return lines.joined(separator: "\n")
  }

  /// Parses `text` as `test.loss`.
  static func parse(_ text: String) -> SpecReadResult {
    TextFrontEnd.parse(text: text, path: "test.loss")
  }

  /// The diagnostics of `text` as `id@line:column` strings, in order.
  static func located(_ text: String) -> [String] {
    parse(text).diagnostics.map { diagnostic in
      let start = diagnostic.range?.start
      return "\(diagnostic.id)@\(start?.line ?? 0):\(start?.column ?? 0)"
    }
  }
}
