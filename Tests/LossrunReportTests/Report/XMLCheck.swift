import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Well-formedness checks and small queries over markup, for the report tests.
enum XMLCheck {
  struct NotWellFormed: Error, CustomStringConvertible {
    var description: String
  }

  /// Parses `markup` as XML and throws with the parser's message if it is not well-formed.
  static func parse(_ markup: String) throws {
    let parser = XMLParser(data: Data(markup.utf8))
    let delegate = ElementCounter()
    parser.delegate = delegate
    guard parser.parse() else {
      throw NotWellFormed(
        description: "line \(parser.lineNumber), column \(parser.columnNumber): "
          + (parser.parserError.map { "\($0)" } ?? "unknown error"))
    }
  }

  /// The number of elements named `name` in `markup` (parsed, so strings in text do not count).
  static func elementCount(_ name: String, in markup: String) -> Int {
    let parser = XMLParser(data: Data(markup.utf8))
    let delegate = ElementCounter()
    parser.delegate = delegate
    _ = parser.parse()
    return delegate.counts[name, default: 0]
  }

  /// The number of occurrences of `needle` in `text`.
  static func count(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  /// The value of attribute `name` of the first element whose start tag contains `marker`.
  static func attribute(_ name: String, ofElementWith marker: String, in markup: String) -> String?
  {
    guard let markerRange = markup.range(of: marker),
      let start = markup[..<markerRange.lowerBound].range(of: "<", options: .backwards),
      let end = markup[markerRange.upperBound...].range(of: ">")
    else { return nil }
    let tag = markup[start.lowerBound..<end.upperBound]
    guard let valueStart = tag.range(of: " \(name)=\"") else { return nil }
    let rest = tag[valueStart.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      counts[elementName, default: 0] += 1
    }
  }
}
