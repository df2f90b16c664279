import LossrunCheck
import LossrunTestSupport

/// The checker tests' view of the shared fixtures.
extension SpecFixtures {
  /// The example YAML specs in `specs/`, sorted by name.
  static var exampleSpecPaths: [String] { exampleSpecPaths(extension: "yaml") }

  /// A large memory, so the memory lint stays quiet unless a test asks for it.
  static let plentyOfMemory: UInt64 = 1 << 50

  /// The small valid spec the checker tests replace single lines of.
  static var base: String { smallYAML }

  /// `base` with 1-based line `line` replaced by `text` (which may hold several lines), or with
  /// `text` appended when `line` is past the end.
  static func base(replacing line: Int, with text: String) -> String {
    replacingLine(line, of: smallYAML, with: text)
  }

  /// Loads `text` as `test.yaml`.
  static func lint(_ text: String, memory: UInt64 = plentyOfMemory) -> SpecFrontEnd.Report {
    SpecFrontEnd.load(text: text, path: "test.yaml", machineMemory: memory)
  }
}
