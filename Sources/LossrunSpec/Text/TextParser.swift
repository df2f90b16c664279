import LossrunDiagnostics

/// Thrown to abandon the current statement after its one syntax error has been reported.
struct TextSyntaxFailure: Error {}

/// Parses a whole `.loss` file, statement by statement, into the spec model.
///
/// A recursive-descent parser over the shared `Lexer` in file mode; expressions are read by the
/// shared `ExpressionParser`, which stops at the first token that cannot continue them. Each
/// statement that breaks the grammar gets exactly one diagnostic at its first bad token, and
/// parsing resumes at the next statement: the next line that starts in column 1 or with a
/// statement keyword. Problems with a well-formed value (an unknown word, a wrong type, a
/// duplicate name) are reported without abandoning the statement, as the YAML front end does.
/// The grammar is `grammar/lossrun.ebnf`.
struct TextParser {
  /// The deepest nesting of `[...]` lists and calls in option values.
  static let maximumValueNesting = 32

  var stream: TokenStream
  var diagnostics: DiagnosticCollector
  var spec: Spec
  /// Where each singleton statement (`net`, `train`, ...) or named entry (`samplers.inside`) was
  /// declared, for duplicate checks.
  var declared: [String: SourceRange] = [:]
  /// Each statement's line and comment anchor (`samplers`, `samplers.edge`), in file order.
  var anchors: [(line: Int, anchor: String)] = []
  /// The statement keywords seen, even in statements that failed.
  var attempted: Set<String> = []
  /// Whether any statement was seen at all.
  var sawStatement = false

  init(source: SourceFile) {
    stream = TokenStream(source.text, path: source.path, mode: .file)
    diagnostics = DiagnosticCollector(path: source.path)
    spec = Spec(path: source.path)
  }

  /// Whether enough errors were reported to stop.
  var isSaturated: Bool {
    diagnostics.errorCount + stream.lexer.diagnostics.diagnostics.count
      >= SpecFileLoader.maximumErrors
  }

  // MARK: - Statements

  /// Parses every statement; returns the lexer's and the parser's diagnostics.
  mutating func parseFile() {
    while true {
      if isSaturated {
        diagnostics.error(
          .tooManyErrors,
          "too many errors (\(SpecFileLoader.maximumErrors)); stopped reading the spec",
          at: nil)
        break
      }
      let token = stream.peek()
      switch token.kind {
      case .endOfInput:
        finish()
        return
      case .newline, .comment:
        stream.advance()
      default:
        do {
          try statement(startingWith: token)
          try expectEndOfStatement()
        } catch {
          recover()
        }
      }
    }
    finish()
  }

  private mutating func finish() {
    let lexical = stream.lexer.diagnostics.diagnostics
    diagnostics.append(contentsOf: Array(lexical.prefix(SpecFileLoader.maximumErrors)))
  }

  private mutating func statement(startingWith token: Token) throws(TextSyntaxFailure) {
    guard token.kind == .identifier, let keyword = TextKeyword(rawValue: token.text) else {
      if token.kind == .invalid { throw TextSyntaxFailure() }  // the lexer reported it
      let hint =
        token.kind == .identifier
        ? Suggestion.didYouMean(token.text, in: TextKeyword.allCases.map(\.rawValue)) : ""
      diagnostics.error(
        .unknownStatement,
        "expected a statement (\(TextKeyword.listing)), found \(token.displayName)\(hint)",
        at: token.range)
      throw TextSyntaxFailure()
    }
    stream.advance()
    sawStatement = true
    attempted.insert(keyword.section)
    switch keyword {
    case .name: try nameStatement(token)
    case .input: try inputStatement(token)
    case .time: try timeStatement(token)
    case .const: try bindingStatement(token, section: "constants")
    case .let: try bindingStatement(token, section: "define")
    case .param: try parameterStatement(token)
    case .net: try networkStatement(token)
    case .shape: try shapeStatement(token)
    case .domain: try domainStatement(token)
    case .sample: try samplerStatement(token)
    case .term: try termStatement(token)
    case .natural: try naturalStatement(token)
    case .weighting: try weightingStatement(token)
    case .train: try trainingStatement(token)
    case .evaluate: try evaluationStatement(token)
    case .output: try outputStatement(token)
    }
  }

  /// Requires the statement to end here: a line break, a comment or the end of the file.
  private mutating func expectEndOfStatement() throws(TextSyntaxFailure) {
    let token = stream.peek()
    switch token.kind {
    case .newline, .comment, .endOfInput: return
    case .invalid: throw TextSyntaxFailure()
    case .number, .identifier, .leftParen:
      try fail(
        "expected the end of the statement, found \(token.displayName); if this continues an "
          + "expression, there is no implicit multiplication (write '2*x', not '2 x')",
        at: token)
    default:
      try fail("expected the end of the statement, found \(token.displayName)", at: token)
    }
  }

  /// Skips to the next statement: past a line break after which the next token starts in
  /// column 1 or is a statement keyword (indented lines continue the broken statement).
  private mutating func recover() {
    while !isSaturated {
      let token = stream.advance()
      switch token.kind {
      case .endOfInput: return
      case .newline:
        let next = stream.peek()
        if next.range.start.column == 1 || next.kind == .endOfInput { return }
        if next.kind == .identifier, TextKeyword(rawValue: next.text) != nil { return }
      default: continue
      }
    }
  }

  // MARK: - Declarations

  /// Records a singleton statement such as `net`; false (after a `duplicate-name` error) when
  /// one was already declared, in which case the first one stays.
  mutating func claim(_ section: String, at keyword: Token) -> Bool {
    if let first = declared[section] {
      diagnostics.error(
        .duplicateName,
        "a second '\(keyword.text)' statement; the first one is at \(first.start)",
        at: keyword.range, notes: [Diagnostic.Note("first declared here", at: first)])
      return false
    }
    declared[section] = keyword.range
    anchors.append((keyword.range.start.line, section))
    return true
  }

  /// Records a named entry such as sampler `edge`; false (after a `duplicate-name` error) when
  /// the name is already declared in `section`.
  mutating func claim(_ name: Located<String>, in section: String, at keyword: Token) -> Bool {
    let key = section + "." + name.value
    if let first = declared[key] {
      diagnostics.error(
        .duplicateName,
        "duplicate name '\(name.value)'; it is already declared at \(first.start)",
        at: name.range, notes: [Diagnostic.Note("first declared here", at: first)])
      return false
    }
    let isFirst = !anchors.contains { $0.anchor == section || $0.anchor.hasPrefix(section + ".") }
    declared[key] = name.range
    anchors.append((keyword.range.start.line, isFirst ? section : key))
    return true
  }
}
