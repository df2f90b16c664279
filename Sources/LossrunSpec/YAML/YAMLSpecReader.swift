import LossrunDiagnostics

/// Turns a `YAMLNode` tree into the spec model, checking keys and value types against
/// `YAMLFormat` and reporting every problem it can find in one pass.
struct YAMLSpecReader {
  /// The entries of one mapping after key checks, in the order written.
  struct Entries {
    /// Each key with its value.
    var pairs: [(key: Located<String>, value: YAMLNode)] = []

    /// The value of `key`, if present.
    subscript(key: String) -> YAMLNode? { pairs.first { $0.key.value == key }?.value }

    /// The written key `key`, if present.
    func keyRange(_ key: String) -> SourceRange? { pairs.first { $0.key.value == key }?.key.range }
  }

  var diagnostics: DiagnosticCollector
  let source: SourceFile

  /// Whether enough errors were reported to stop reading.
  var isSaturated: Bool { diagnostics.errorCount >= SpecFileLoader.maximumErrors }

  init(source: SourceFile, diagnostics: DiagnosticCollector) {
    self.source = source
    self.diagnostics = diagnostics
  }

  // MARK: - Mappings

  /// The keys and values of a mapping of user-chosen names (such as `samplers`), reporting
  /// non-scalar keys and duplicates; nil (after a `wrong-type` error) when `node` is no mapping.
  mutating func names(_ node: YAMLNode, of what: String) -> Entries? {
    guard case .mapping(let pairs) = node.kind else {
      if node.isNull { return Entries() }
      wrongType(node, expected: "a map of \(what)")
      return nil
    }
    var entries = Entries()
    var seen: [String: SourceRange] = [:]
    for (keyNode, value) in pairs {
      if isSaturated { break }
      guard case .scalar(let key, _) = keyNode.kind, !keyNode.isNull else {
        wrongType(keyNode, expected: "a name as the key")
        continue
      }
      if let first = seen[key] {
        diagnostics.error(
          .duplicateName, "duplicate key '\(key)'; it is already defined at \(first.start)",
          at: keyNode.range, notes: [Diagnostic.Note("first defined here", at: first)])
        continue
      }
      seen[key] = keyNode.range
      entries.pairs.append((Located(key, at: keyNode.range), value))
    }
    return entries
  }

  /// The entries of a mapping with the keys of `table`, reporting unknown keys (with a
  /// did-you-mean) and missing required keys (at `owner`, the key that introduced the
  /// mapping, or the mapping's start).
  mutating func fields(_ node: YAMLNode, _ table: YAMLTable, owner: SourceRange?) -> Entries? {
    guard let entries = names(node, of: "\(table.name) settings") else { return nil }
    if case .mapping = node.kind {
    } else {
      wrongType(node, expected: "a map (the \(table.name)'s keys)")
      return nil
    }
    let known = table.keys
    for (key, _) in entries.pairs where table.field(key.value) == nil && !table.acceptsOtherKeys {
      if isSaturated { break }
      let hint = Suggestion.didYouMean(key.value, in: known)
      diagnostics.error(
        .unknownKey,
        "unknown key '\(key.value)' in \(table.name)\(hint) (valid: "
          + known.joined(separator: ", ") + ")", at: key.range)
    }
    for field in table.fields where field.isRequired && entries[field.key] == nil {
      diagnostics.error(
        .missingKey, "\(table.name) is missing the required key '\(field.key)'",
        at: owner ?? .point(node.range.start))
    }
    return entries
  }

  /// Reports that `node` is not what was expected.
  mutating func wrongType(_ node: YAMLNode, expected: String) {
    if case .invalid = node.kind { return }
    diagnostics.error(
      .wrongType, "expected \(expected), found \(node.typeDescription)", at: node.range)
  }
}
