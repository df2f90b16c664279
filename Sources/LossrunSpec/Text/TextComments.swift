import LossrunDiagnostics

/// Finds comments on lines of their own and anchors each to the statement that follows it, with
/// the same anchors the YAML front end uses (`network`, `samplers`, `terms.data`, ...).
///
/// The first statement of a section (the first `sample`) anchors to the section, later ones to
/// `section.name`: in YAML a comment before `samplers:` and one before its first entry sit in
/// the same place of a text file, and this choice keeps the example specs' comments identical.
enum TextComments {
  static func collect(in source: SourceFile, anchors: [(line: Int, anchor: String)])
    -> [SpecComment]
  {
    var comments: [SpecComment] = []
    var next = 0  // the first anchor below the current line (both are in line order)
    for (index, line) in source.lines.enumerated() {
      while next < anchors.count, anchors[next].line <= index + 1 { next += 1 }
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.first == "#" else { continue }
      var text = trimmed.dropFirst()
      if text.first == " " { text = text.dropFirst() }
      comments.append(
        SpecComment(text: String(text), anchor: next < anchors.count ? anchors[next].anchor : nil))
    }
    return comments
  }
}
