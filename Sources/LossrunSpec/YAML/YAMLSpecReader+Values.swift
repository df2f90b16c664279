import LossrunDiagnostics

/// Scalar values: strings, numbers, integers, booleans, keywords, expressions and settings.
extension YAMLSpecReader {
  /// A string value (any non-null scalar).
  mutating func string(_ node: YAMLNode, expected: String = "a string") -> Located<String>? {
    guard case .scalar(let text, _) = node.kind, !node.isNull else {
      wrongType(node, expected: expected)
      return nil
    }
    return Located(text, at: node.range)
  }

  /// A finite number written as a plain scalar.
  mutating func number(_ node: YAMLNode) -> Located<Double>? {
    guard case .scalar(let text, .plain) = node.kind, let value = YAMLScalar.number(text) else {
      wrongType(node, expected: "a number")
      return nil
    }
    guard value.isFinite else {
      diagnostics.error(
        .nonFiniteNumber, "expected a finite number, found '\(YAMLScalar.abbreviated(text))'",
        at: node.range)
      return nil
    }
    return Located(value, at: node.range)
  }

  /// A whole number; `1e4` is accepted, `2.5` is not.
  mutating func integer(_ node: YAMLNode) -> Located<Int>? {
    if case .scalar(let text, .plain) = node.kind, let value = YAMLScalar.integer(text) {
      return Located(value, at: node.range)
    }
    return number(node)?.wholeNumber(found: node.typeDescription, into: &diagnostics)
  }

  /// `true` or `false`.
  mutating func boolean(_ node: YAMLNode) -> Located<Bool>? {
    guard case .scalar(let text, .plain) = node.kind, let value = YAMLScalar.boolean(text) else {
      wrongType(node, expected: "true or false")
      return nil
    }
    return Located(value, at: node.range)
  }

  /// A word of the vocabulary `K` (reported as `unknown-value` otherwise).
  mutating func keyword<K: Keyword>(_ node: YAMLNode, _ type: K.Type) -> Located<K>? {
    guard
      let word = string(
        node, expected: "a \(K.vocabularyName) (one of \(K.words.joined(separator: ", ")))")
    else { return nil }
    return K.read(word, into: &diagnostics)
  }

  /// An expression written as a string or a number, parsed at its place in the file.
  mutating func expression(_ node: YAMLNode) -> Expression? {
    guard case .scalar(let text, let style) = node.kind, !node.isNull else {
      wrongType(node, expected: "an expression")
      return nil
    }
    if style == .plain, let value = YAMLScalar.number(text), !value.isFinite {
      diagnostics.error(
        .nonFiniteNumber, "expected a finite number, found '\(text)'", at: node.range)
      return nil
    }
    return Expression.parse(text, at: contentStart(of: node, style: style), into: &diagnostics)
  }

  /// A rule or optimizer setting: number, boolean, word, or a list of those.
  mutating func setting(_ node: YAMLNode) -> Located<SettingValue>? {
    switch node.kind {
    case .mapping, .invalid:
      wrongType(node, expected: "a number, true/false, a name or a list")
      return nil
    case .sequence(let items):
      var values: [Located<SettingValue>] = []
      for item in items {
        if let value = setting(item) { values.append(value) }
      }
      return Located(.list(values), at: node.range)
    case .scalar(let text, let style):
      if node.isNull {
        wrongType(node, expected: "a value")
        return nil
      }
      if style == .plain, let value = YAMLScalar.number(text) {
        guard value.isFinite else {
          diagnostics.error(
            .nonFiniteNumber, "expected a finite number, found '\(text)'", at: node.range)
          return nil
        }
        return Located(.number(value), at: node.range)
      }
      if style == .plain, let value = YAMLScalar.boolean(text) {
        return Located(.bool(value), at: node.range)
      }
      return Located(.word(text), at: node.range)
    }
  }

  /// The items of a list, or nil after a `wrong-type` error.
  mutating func list(_ node: YAMLNode, expected: String) -> [YAMLNode]? {
    guard case .sequence(let items) = node.kind else {
      wrongType(node, expected: expected)
      return nil
    }
    return items
  }

  /// Where a scalar's value text starts in the file: after the quote of a quoted scalar, at the
  /// first content line of a block scalar. Best effort for escapes and folded lines.
  private func contentStart(of node: YAMLNode, style: YAMLNode.ScalarStyle) -> SourceLocation {
    let start = node.range.start
    switch style {
    case .plain: return start
    case .singleQuoted, .doubleQuoted: return start.advanced(by: 1)
    case .literal, .folded:
      var line = start.line + 1
      while let text = source.line(line), line <= node.range.end.line {
        let indentation = text.unicodeScalars.prefix { $0 == " " }.count
        if indentation < text.unicodeScalars.count {
          return SourceLocation(line: line, column: indentation + 1)
        }
        line += 1
      }
      return start
    }
  }
}
