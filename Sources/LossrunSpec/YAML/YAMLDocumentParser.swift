import CYaml
import LossrunDiagnostics

/// Reads one YAML document into a `YAMLNode` tree from libyaml's event stream, without
/// recursion and with a bound on nesting, reporting syntax errors, aliases and extra documents.
struct YAMLDocumentParser {
  /// The deepest nesting of mappings and sequences accepted (specs need about six).
  static let maximumDepth = 64

  private struct OpenCollection {
    var isMapping: Bool
    var start: SourceLocation
    var items: [YAMLNode] = []
  }

  private let source: SourceFile

  /// Creates a parser of `source`.
  init(source: SourceFile) { self.source = source }

  /// The document's root node, or nil after reporting why there is none.
  func parse(into diagnostics: inout DiagnosticCollector) -> YAMLNode? {
    var bytes = Array(source.text.utf8)
    let count = bytes.count
    bytes.append(0)  // a valid pointer even for an empty text
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      diagnostics.error(.yamlSyntax, "could not start the YAML parser", at: nil)
      return nil
    }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
      return readEvents(&parser, into: &diagnostics)
    }
  }

  private func readEvents(
    _ parser: inout yaml_parser_t, into diagnostics: inout DiagnosticCollector
  )
    -> YAMLNode?
  {
    var stack: [OpenCollection] = []
    var root: YAMLNode?
    var reportedAlias = false
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        reportSyntaxError(parser, into: &diagnostics)
        return nil
      }
      defer { yaml_event_delete(&event) }
      let start = location(event.start_mark)
      let end = location(event.end_mark)
      var finished: YAMLNode?
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return root
      case YAML_DOCUMENT_START_EVENT where root != nil:
        diagnostics.error(
          .yamlSyntax, "a spec file holds one YAML document; remove this second one",
          at: SourceRange(start: start, end: end))
        return root
      case YAML_SCALAR_EVENT:
        finished = YAMLNode(kind: scalarKind(event), range: SourceRange(start: start, end: end))
      case YAML_ALIAS_EVENT:
        if !reportedAlias {  // one report is enough; an alias bomb would give thousands
          diagnostics.error(
            .yamlAlias, "YAML aliases are not supported in specs; write the value out",
            at: SourceRange(start: start, end: end))
          reportedAlias = true
        }
        finished = YAMLNode(kind: .invalid, range: SourceRange(start: start, end: end))
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        guard stack.count < Self.maximumDepth else {
          diagnostics.error(
            .yamlTooDeep,
            "YAML nesting is deeper than \(Self.maximumDepth) levels; a spec needs only a few",
            at: SourceRange(start: start, end: end))
          return nil
        }
        stack.append(
          OpenCollection(isMapping: event.type == YAML_MAPPING_START_EVENT, start: start))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let open = stack.popLast() else { return nil }
        finished = collection(open, end: end)
      default:
        break
      }
      if let node = finished {
        if stack.isEmpty {
          root = node
        } else {
          stack[stack.count - 1].items.append(node)
        }
      }
    }
  }

  private func collection(_ open: OpenCollection, end: SourceLocation) -> YAMLNode {
    let range = SourceRange(start: open.start, end: end)
    guard open.isMapping else { return YAMLNode(kind: .sequence(open.items), range: range) }
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
    var index = 0
    while index + 1 < open.items.count {
      pairs.append((open.items[index], open.items[index + 1]))
      index += 2
    }
    return YAMLNode(kind: .mapping(pairs), range: range)
  }

  private func scalarKind(_ event: yaml_event_t) -> YAMLNode.Kind {
    let scalar = event.data.scalar
    var text = ""
    if let value = scalar.value {
      text = String(
        decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
    }
    let style: YAMLNode.ScalarStyle =
      switch scalar.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: .literal
      case YAML_FOLDED_SCALAR_STYLE: .folded
      default: .plain
      }
    return .scalar(text, style)
  }

  private func reportSyntaxError(
    _ parser: yaml_parser_t, into diagnostics: inout DiagnosticCollector
  ) {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    var message = problem
    if let context = parser.context.map({ String(cString: $0) }) {
      message += " " + context
    }
    let place: SourceLocation
    if parser.error == YAML_READER_ERROR {
      place = source.location(ofUTF8Offset: parser.problem_offset)
    } else {
      place = location(parser.problem_mark)
    }
    if problem.contains("Maximum nesting level") {
      diagnostics.error(
        .yamlTooDeep, "YAML nesting is too deep; a spec needs only a few levels",
        at: .point(place))
      return
    }
    diagnostics.error(.yamlSyntax, "YAML syntax error: \(message)", at: .point(place))
  }

  private func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }
}
