import Foundation
import LossrunDiagnostics
import LossrunSpec
import LossrunTestSupport

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
  static let base = SpecFixtures.smallText

  /// `base` with 1-based line `line` replaced by `text` (which may hold several lines).
  static func base(replacing line: Int, with text: String) -> String {
    SpecFixtures.replacingLine(line, of: base, with: text)
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
