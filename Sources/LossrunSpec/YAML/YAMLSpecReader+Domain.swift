import LossrunDiagnostics

/// The `domain:` section: named shapes and, under `shape`, their combination.
extension YAMLSpecReader {
  /// Reads `domain:`; nil after errors that leave nothing to read.
  mutating func domain(_ node: YAMLNode, owner: SourceRange) -> DomainDeclaration? {
    guard let entries = names(node, of: "shapes") else { return nil }
    var shapes: [ShapeDeclaration] = []
    var combination: Expression?
    for (name, value) in entries.pairs {
      if isSaturated { break }
      if name.value == "shape" {
        combination = expression(value)
        continue
      }
      if let shape = shape(named: name, value) { shapes.append(shape) }
    }
    return DomainDeclaration(shapes: shapes, combination: combination, range: owner)
  }

  /// One shape: a map with one key, the kind, whose value is the argument map or the kind's list
  /// argument.
  private mutating func shape(named name: Located<String>, _ node: YAMLNode) -> ShapeDeclaration? {
    guard let fields = fields(node, YAMLFormat.shape, owner: name.range) else { return nil }
    guard let (kindKey, value) = fields.pairs.first, fields.pairs.count == 1 else {
      diagnostics.error(
        .wrongType,
        "shape '\(name.value)' needs exactly one kind ("
          + ShapeDeclaration.Kind.words.joined(separator: ", ") + ")",
        at: name.range)
      return nil
    }
    guard let kind = ShapeDeclaration.Kind.read(kindKey, into: &diagnostics) else { return nil }
    var arguments: [Setting] = []
    if case .sequence = value.kind, let key = kind.value.listArgument {
      guard let list = setting(value) else { return nil }
      arguments.append(Setting(key: Located(key, at: kindKey.range), value: list))
    } else {
      guard
        let table = self.fields(value, YAMLFormat.shapeArguments(kind.value), owner: kindKey.range)
      else { return nil }
      for (key, argument) in table.pairs {
        if let parsed = setting(argument) { arguments.append(Setting(key: key, value: parsed)) }
      }
    }
    return ShapeDeclaration(name: name, kind: kind, arguments: arguments)
  }
}
