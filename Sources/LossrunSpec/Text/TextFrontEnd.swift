import LossrunDiagnostics

/// The `.loss` text front end: a text spec file to the same spec model the YAML front end
/// produces, with located diagnostics.
///
/// It shares the YAML front end's limits and file handling (8 MB, regular files, strict UTF-8),
/// the expression lexer and parser, and its keyword vocabularies. It never traps, hangs or grows
/// without bound: tokens are produced lazily, nesting is bounded, and parsing stops after 100
/// errors. The grammar is `grammar/lossrun.ebnf`; the reference is `docs/text-format.md`.
public enum TextFrontEnd {
  /// The file extension of the text format.
  public static let fileExtension = "loss"

  /// Reads and parses the `.loss` file at `path`.
  public static func read(path: String) -> SpecReadResult {
    var diagnostics = DiagnosticCollector(path: path)
    guard let text = SpecFileLoader.readText(path: path, into: &diagnostics) else {
      return SpecReadResult(spec: nil, diagnostics: diagnostics.diagnostics, source: nil)
    }
    return parse(text: text, path: path)
  }

  /// Parses `text` as the `.loss` file at `path`.
  public static func parse(text: String, path: String) -> SpecReadResult {
    let source = SourceFile(path: path, text: text)
    var diagnostics = DiagnosticCollector(path: path)
    guard SpecFileLoader.checkSize(of: text, into: &diagnostics) else {
      return SpecReadResult(spec: nil, diagnostics: diagnostics.diagnostics, source: source)
    }
    var parser = TextParser(source: source)
    parser.parseFile()
    diagnostics.append(contentsOf: parser.diagnostics.diagnostics)
    guard parser.sawStatement else {
      if !diagnostics.hasErrors {
        diagnostics.error(
          .missingKey,
          "the spec is empty; expected statements such as 'input', 'net', 'sample' and 'term'",
          at: .point(SourceLocation(line: 1, column: 1)))
      }
      return SpecReadResult(spec: nil, diagnostics: diagnostics.sorted, source: source)
    }
    if !diagnostics.hasErrors {
      reportMissingStatements(of: parser, at: source.endLocation, into: &diagnostics)
    }
    var spec = parser.spec
    spec.comments = TextComments.collect(in: source, anchors: parser.anchors)
    return SpecReadResult(spec: spec, diagnostics: diagnostics.sorted, source: source)
  }

  /// The statements every spec needs, with an example of each.
  private static let required: [(keyword: TextKeyword, example: String)] = [
    (.input, "input x in [0, 1]"), (.net, "net u = mlp(hidden: [32, 32])"),
    (.sample, "sample inside = interior(points: 256)"), (.term, "term pde on inside: ..."),
  ]

  private static func reportMissingStatements(
    of parser: TextParser, at end: SourceLocation, into diagnostics: inout DiagnosticCollector
  ) {
    for (keyword, example) in required where !parser.attempted.contains(keyword.section) {
      diagnostics.error(
        .missingKey,
        "the spec has no '\(keyword.rawValue)' statement; add one, such as '\(example)'",
        at: .point(end))
    }
  }
}
