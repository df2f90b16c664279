import LossrunDiagnostics

/// A sampler's `adapt` value: a method name, or a map with `method` and its settings.
extension YAMLSpecReader {
  mutating func adaptation(_ node: YAMLNode, key: SourceRange) -> SamplerAdaptation? {
    if case .scalar = node.kind {
      return keyword(node, SamplerAdaptation.Method.self).map {
        SamplerAdaptation(method: $0, range: node.range)
      }
    }
    guard let fields = fields(node, YAMLFormat.adaptation, owner: key) else { return nil }
    guard let method = fields["method"].flatMap({ keyword($0, SamplerAdaptation.Method.self) })
    else { return nil }
    var settings: [Setting] = []
    for (settingKey, value) in fields.pairs where settingKey.value != "method" {
      if let value = setting(value) { settings.append(Setting(key: settingKey, value: value)) }
    }
    return SamplerAdaptation(method: method, settings: settings, range: node.range)
  }
}
