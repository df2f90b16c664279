import LossrunDiagnostics

/// A node of a YAML document with the exact range it was written at.
///
/// lossrun builds its own small tree from libyaml's events instead of using `Yams.compose`:
/// the events carry end marks (so a value's whole range is known), duplicate keys can be
/// reported one by one instead of failing the document, aliases are refused at their place
/// instead of being expanded, and the tree is built without recursion.
struct YAMLNode: Sendable {
  /// How a scalar was written.
  enum ScalarStyle: Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// The node's shape.
  enum Kind: Sendable {
    /// A scalar: its value as libyaml read it (quotes and escapes resolved) and its style.
    case scalar(String, ScalarStyle)
    /// A mapping, keys in the order written.
    case mapping([(key: YAMLNode, value: YAMLNode)])
    /// A sequence.
    case sequence([YAMLNode])
    /// A value already reported as unusable (an alias); readers skip it silently.
    case invalid
  }

  var kind: Kind
  /// From the node's first character to just after its last.
  var range: SourceRange

  /// Whether the node is a plain empty scalar or `~` / `null`: YAML's "nothing".
  var isNull: Bool {
    guard case .scalar(let text, .plain) = kind else { return false }
    return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  /// What the node is, for messages: "a list", "a map", "a string", "nothing".
  var typeDescription: String {
    switch kind {
    case .mapping: return "a map"
    case .sequence: return "a list"
    case .invalid: return "an unusable value"
    case .scalar(let text, let style):
      if isNull { return "nothing" }
      if style == .plain, YAMLScalar.number(text) != nil { return "the number \(text)" }
      if style == .plain, YAMLScalar.boolean(text) != nil { return "the boolean \(text)" }
      return "the string '\(YAMLScalar.abbreviated(text))'"
    }
  }
}
