import LossrunDiagnostics
import Testing

@Suite struct DiagnosticRendererTests {
  let source = SourceFile(
    path: "specs/bad.yaml",
    text: "name: x\nterms:\n  residual: { on: interor, residual: \"-lap(u) - f\" }\n")

  @Test func rendersCompilerStyleTextWithCaret() {
    let diagnostic = Diagnostic.error(
      "unknown-name", "unknown sampler 'interor'; did you mean 'interior'?",
      path: "specs/bad.yaml", at: SourceRange(line: 3, columns: 19..<26))
    let text = DiagnosticRenderer(sources: [source]).text(diagnostic)
    #expect(
      text == """
        specs/bad.yaml:3:19: error: unknown sampler 'interor'; did you mean 'interior'? [unknown-name]
          residual: { on: interor, residual: "-lap(u) - f" }
                          ^~~~~~~

        """)
  }

  @Test func rendersOneJSONObjectPerLine() {
    let diagnostic = Diagnostic.warning(
      "unused-constant", "constant \"k\" is never used", path: "a.yaml",
      at: SourceRange(line: 2, columns: 5..<6), notes: [.init("remove it")])
    let json = DiagnosticRenderer().json(diagnostic)
    #expect(
      json
        == #"{"id":"unused-constant","severity":"warning","message":"constant \"k\" is never used","path":"a.yaml","line":2,"column":5,"endLine":2,"endColumn":6,"notes":[{"message":"remove it","line":null,"column":null}],"fixIts":[]}"#
        + "\n")
  }

  @Test func cutsVeryLongLinesAroundTheCaret() {
    let long = String(repeating: "a", count: 10_000) + "X" + String(repeating: "b", count: 10_000)
    let file = SourceFile(path: "long.yaml", text: long)
    let diagnostic = Diagnostic.error(
      "bad", "here", path: "long.yaml", at: SourceRange(line: 1, columns: 10_001..<10_002))
    let lines = DiagnosticRenderer(sources: [file]).text(diagnostic).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].count < 200)
    let caretColumn = lines[2].firstIndex(of: "^").map {
      lines[2].distance(from: lines[2].startIndex, to: $0)
    }
    let xColumn = lines[1].firstIndex(of: "X").map {
      lines[1].distance(from: lines[1].startIndex, to: $0)
    }
    #expect(caretColumn == xColumn)
  }

  @Test func summaryCountsErrorsAndWarnings() {
    let error = Diagnostic.error("e", "m", path: "p", at: nil)
    let warning = Diagnostic.warning("w", "m", path: "p", at: nil)
    #expect(
      DiagnosticRenderer.summary(of: [error, error, warning])
        == "2 errors and 1 warning generated.\n")
    #expect(DiagnosticRenderer.summary(of: []) == "")
  }

  @Test func sourceFileSplitsAllLineEndings() {
    let file = SourceFile(path: "p", text: "a\r\nb\rc\n")
    #expect(file.lines == ["a", "b", "c", ""])
  }
}

@Suite struct SuggestionTests {
  @Test func suggestsNearbyNames() {
    #expect(Suggestion.closest(to: "interor", in: ["interior", "dirichlet"]) == "interior")
    #expect(Suggestion.closest(to: "lpa", in: ["lap", "sin"]) == "lap")
    #expect(Suggestion.closest(to: "zzzzzz", in: ["interior"]) == nil)
  }

  @Test func editDistanceCountsTranspositionsOnce() {
    #expect(Suggestion.editDistance("ab", "ba") == 1)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
  }
}
