import Foundation
import LossrunDiagnostics
import LossrunSpec
import Testing

/// Every example in `grammar/lossrun.ebnf` (lines marked `>>`) parses without a diagnostic.
@Suite struct GrammarExampleTests {
  static let examples: [String] = {
    let url = TextFixtures.packageRoot.appendingPathComponent("grammar/lossrun.ebnf")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix(">> ") else { return nil }
      var example = String(trimmed.dropFirst(3))
      if let end = example.range(of: "*)") { example = String(example[..<end.lowerBound]) }
      return example.trimmingCharacters(in: .whitespaces)
    }
  }()

  @Test func theGrammarHasExamplesOfEveryStatement() {
    #expect(Self.examples.count >= 30)
    let keywords = Set(Self.examples.compactMap { $0.split(separator: " ").first.map(String.init) })
    #expect(
      keywords == [
        "name", "input", "time", "const", "let", "param", "net", "sample", "term", "natural",
        "weighting",
        "train", "evaluate", "output",
      ])
  }

  @Test(arguments: examples)
  func exampleParses(example: String) {
    let diagnostics = TextFixtures.parse(example).diagnostics.filter { $0.id != .missingKey }
    #expect(diagnostics.isEmpty, "\(example): \(diagnostics.map(\.message))")
  }
}
