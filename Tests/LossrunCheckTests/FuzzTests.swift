import Foundation
import LossrunCheck
import LossrunEngine
import LossrunTestSupport
import Testing

/// Seeded mutations of the example specs through the whole front end and checker: nothing may
/// crash, and every report must be consistent.
@Suite struct FuzzTests {
  /// Mutations in all, split into shards that run in parallel.
  static let mutationCount = 10_000
  static let shardCount = 4

  /// Fragments of YAML and of the expression language to insert.
  static let fragments: [String] = [
    "{", "}", "[", "]", ":", ",", "-", "\"", "'", "#", "&a", "*a", "!!str", "|", ">", "? ",
    "\n", "\n  ", "    ", "\t", "\u{0}", "\u{FEFF}", "é", "1e309", "-1", "0", "nan", ".inf",
    "1e-3", "true", "null", "~", "u_xx", "lap(", "d(u, x, 5)", "dn(u)", "grad(u)", "div(",
    "^", "**", "==", " and ", " or ", "not ", "(", ")", "pi", "x", "t", "exact", "interior",
    "boundary", "initial", "rule: ", "weighting: { rule: jaxpi }", "points: ", "where: ",
    "residual: ", "on: ", "relu", "lbfgs", "float64", "wang2021", "shared: [", "9999999999999",
    "u_xxxxxxxxxxxxxxxx", "x_", "_", "((((((((((", "))))))))))",
  ]

  static func mutate(_ text: String, using generator: inout RandomGenerator) -> String {
    var bytes = Array(text.utf8)
    let edits = Int.random(in: 1...4, using: &generator)
    for _ in 0..<edits {
      let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
      switch Int.random(in: 0..<6, using: &generator) {
      case 0 where !bytes.isEmpty:
        bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
      case 1 where !bytes.isEmpty:
        let length = min(bytes.count - position, Int.random(in: 1...12, using: &generator))
        bytes.removeSubrange(position..<(position + length))
      case 2, 3:
        let fragment = fragments[Int.random(in: 0..<fragments.count, using: &generator)]
        bytes.insert(contentsOf: Array(fragment.utf8), at: position)
      case 4:
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if !lines.isEmpty {
          let line = Int.random(in: 0..<lines.count, using: &generator)
          lines.insert(lines[line], at: line)
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
      default:
        bytes = Array(bytes.prefix(position))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: 0..<shardCount)
  func mutatedExamplesNeverCrash(shard: Int) throws {
    let originals = try SpecFixtures.exampleSpecPaths.map {
      try String(contentsOfFile: $0, encoding: .utf8)
    }
    #expect(!originals.isEmpty)
    var generator = RandomGenerator(seed: 20_261_127, stream: UInt64(shard))
    var clean = 0
    var withErrors = 0
    let count = Self.mutationCount / Self.shardCount
    for index in 0..<count {
      let original = originals[index % originals.count]
      let mutated = Self.mutate(original, using: &generator)
      let report = SpecFixtures.lint(mutated)
      // A checked spec exists exactly when there are no errors.
      #expect((report.checked == nil) == report.hasErrors)
      for diagnostic in report.diagnostics {
        if let range = diagnostic.range {
          #expect(range.start.line >= 1 && range.start.column >= 1)
        }
      }
      if report.hasErrors { withErrors += 1 } else { clean += 1 }
    }
    // The mutations reach both outcomes, so the checker (not just the YAML reader) is fuzzed.
    #expect(withErrors > count / 10)
    #expect(clean > count / 20)
  }
}
