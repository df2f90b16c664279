import LossrunDiagnostics

/// A sampler's `adapt` option: `adapt: rad` or `adapt: rad(every: 1000, k: 1)`.
extension TextParser {
  mutating func adaptation(_ value: TextValue) -> SamplerAdaptation? {
    guard case .call(let name, let written) = value.kind else {
      return keyword(value, SamplerAdaptation.Method.self).map {
        SamplerAdaptation(method: $0, range: value.range)
      }
    }
    guard let method = SamplerAdaptation.Method.read(name, into: &diagnostics) else { return nil }
    let keys = YAMLFormat.adaptation.keys.filter { $0 != "method" }
    var settings: [Setting] = []
    for option in known(written, keys: keys, in: "the adaptive sampling") {
      if let setting = setting(option.value) {
        settings.append(Setting(key: option.key, value: setting))
      }
    }
    return SamplerAdaptation(method: method, settings: settings, range: value.range)
  }
}
