import LossrunDiagnostics

/// The domain statements: `shape NAME = KIND(key: value, ...)` and `domain COMBINATION`.
extension TextParser {
  /// `shape hole = disk(center: [0.3, 0.3], radius: 0.1)`.
  mutating func shapeStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let name = try label("a shape name, as in 'shape hole = disk(center: [0, 0], radius: 1)'")
    try expect(.equal, "'=' after 'shape \(name.value)'")
    let kindWord = try label(
      "a shape kind (" + ShapeDeclaration.Kind.words.joined(separator: ", ") + ")")
    try expect(.leftParen, "'(' after the shape kind, as in 'disk(center: [0, 0], radius: 1)'")
    let (written, _) = try parenthesizedOptions(of: "the shape")
    guard let kind = ShapeDeclaration.Kind.read(kindWord, into: &diagnostics) else { return }
    let options = known(written, keys: kind.value.argumentKeys, in: "a \(kind.value.rawValue)")
    let arguments = options.compactMap { option in
      setting(option.value).map { Setting(key: option.key, value: $0) }
    }
    for key in kind.value.argumentKeys where !written.contains(where: { $0.key.value == key }) {
      diagnostics.error(
        .missingKey, "shape '\(name.value)' is missing the required key '\(key)'",
        at: kindWord.range)
    }
    guard claim(name, in: "domain", at: keyword) else { return }
    var domain =
      spec.domain ?? DomainDeclaration(shapes: [], combination: nil, range: keyword.range)
    domain.shapes.append(ShapeDeclaration(name: name, kind: kind, arguments: arguments))
    spec.domain = domain
  }

  /// `domain plate - hole`.
  mutating func domainStatement(_ keyword: Token) throws(TextSyntaxFailure) {
    let combination = try expression()
    guard claim("domain.shape", at: keyword) else { return }
    var domain =
      spec.domain ?? DomainDeclaration(shapes: [], combination: nil, range: keyword.range)
    domain.combination = combination
    domain.range = keyword.range
    spec.domain = domain
  }
}
