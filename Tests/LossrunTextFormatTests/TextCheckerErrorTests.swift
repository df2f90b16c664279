import LossrunCheck
import LossrunDiagnostics
import LossrunSpec
import Testing

/// Checker errors in `.loss` specs land where the user wrote the value, as in YAML.
@Suite struct TextCheckerErrorTests {
  /// A line of `TextFixtures.base` replaced, and the one error (`id@line:column`) it must give.
  struct Case: CustomStringConvertible, Sendable {
    let line: Int
    let text: String
    let expected: String
    var description: String { "\(line): \(text)" }
  }

  static let cases: [Case] = [
    Case(line: 11, text: "train steps: 0", expected: "invalid-value@11:14"),
    Case(line: 11, text: "train adam(lr: 1e-3), steps: 0", expected: "invalid-value@11:30"),
    Case(line: 1, text: "name \"../../../tmp/x\"", expected: "invalid-name@1:6"),
    Case(line: 1, text: "name \"a/b\"", expected: "invalid-name@1:6"),
    Case(line: 1, text: "name \"..\"", expected: "invalid-name@1:6"),
  ]

  @Test(arguments: cases)
  func reportsTheErrorAtTheValue(_ example: Case) {
    let text = TextFixtures.base(replacing: example.line, with: example.text)
    #expect(TextFixtures.located(text).isEmpty, "the front end accepts the statement")
    let report = SpecFrontEnd.load(text: text, path: "test.loss", machineMemory: 1 << 50)
    let errors = report.diagnostics.filter { $0.severity == .error }.map { diagnostic in
      "\(diagnostic.id)@\(diagnostic.range?.start.line ?? 0):\(diagnostic.range?.start.column ?? 0)"
    }
    #expect(errors == [example.expected])
    #expect(report.checked == nil)
  }

  @Test func theBaseSpecChecksClean() {
    let report = SpecFrontEnd.load(
      text: TextFixtures.base, path: "test.loss", machineMemory: 1 << 50)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    #expect(report.checked?.outputDirectory == "runs/t")
  }
}
