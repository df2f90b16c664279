import LossrunDiagnostics

/// Finds comments on lines of their own and anchors each to the declaration that follows it
/// (`network`, `terms.residual`, ...), so a converter can keep them.
enum YAMLComments {
  /// Sections whose keys are user-chosen names, anchored one by one.
  private static let namedSections: Set<String> = [
    "inputs", "constants", "define", "parameters", "samplers", "terms",
  ]

  static func collect(in source: SourceFile, root: YAMLNode) -> [SpecComment] {
    var anchors: [(line: Int, path: String)] = []
    guard case .mapping(let pairs) = root.kind else { return [] }
    for (key, value) in pairs {
      guard case .scalar(let section, _) = key.kind else { continue }
      anchors.append((key.range.start.line, section))
      if namedSections.contains(section), case .mapping(let inner) = value.kind {
        for (name, _) in inner {
          if case .scalar(let text, _) = name.kind {
            anchors.append((name.range.start.line, section + "." + text))
          }
        }
      }
    }
    anchors.sort { $0.line < $1.line }
    var comments: [SpecComment] = []
    var next = 0  // the first anchor below the current line (both are in line order)
    for (index, line) in source.lines.enumerated() {
      while next < anchors.count, anchors[next].line <= index + 1 { next += 1 }
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.first == "#" else { continue }
      var text = trimmed.dropFirst()
      if text.first == " " { text = text.dropFirst() }
      let anchor = next < anchors.count ? anchors[next].path : nil
      comments.append(SpecComment(text: String(text), anchor: anchor))
    }
    return comments
  }
}
