/// Hands out a spec's comments to a writer, anchor by anchor, in their original order.
///
/// A writer asks for the comments of the anchors it is about to write (`network`, or
/// `samplers` and `samplers.inside` before the first sampler); whatever is never asked for
/// (the file's end, or anchors of declarations that are not written) comes out at the end.
struct CommentPlacement {
  private var pending: [SpecComment]

  init(_ comments: [SpecComment]) { pending = comments }

  /// Removes and returns the texts of the comments anchored to any of `anchors`.
  mutating func take(_ anchors: [String]) -> [String] {
    var taken: [String] = []
    pending.removeAll { comment in
      guard let anchor = comment.anchor, anchors.contains(anchor) else { return false }
      taken.append(comment.text)
      return true
    }
    return taken
  }

  /// Removes and returns every remaining comment's text.
  mutating func rest() -> [String] {
    defer { pending = [] }
    return pending.map(\.text)
  }

  /// `text` as a comment line: `#`, a space unless the text is empty, the text.
  static func line(_ text: String, indent: String = "") -> String {
    indent + (text.isEmpty ? "#" : "# " + text)
  }
}
