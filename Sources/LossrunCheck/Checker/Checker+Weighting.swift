import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks the weighting rule against the catalogue: expands presets, types the settings,
  /// resolves term names, and reports rules that training does not implement yet.
  mutating func checkWeighting() {
    guard let declaration = spec.weighting else {
      weighting = .fixed
      return
    }
    let termNames = spec.terms.map(\.name.value)
    var ruleName = declaration.rule.value
    if let candidates = WeightingCatalogue.renamedRules[ruleName] {
      let meant = candidates.map { "'\($0.name)' (\($0.meaning))" }.joined(separator: " or ")
      diagnostics.error(
        .unknownRule, "weighting rule '\(ruleName)' was renamed; did you mean \(meant)?",
        at: declaration.rule.range)
      return
    }
    var preset = WeightingCatalogue.preset(named: ruleName)
    var written = declaration.settings
    if let presetSetting = written["preset"] {
      written.removeAll { $0.key.value == "preset" }
      guard case .word(let presetName) = presetSetting.value.value,
        let named = WeightingCatalogue.preset(named: presetName), named.rule == ruleName
      else {
        let fitting = WeightingCatalogue.presets.filter { $0.rule == ruleName }.map(\.name)
        diagnostics.error(
          .unknownRule,
          "rule '\(ruleName)' has no such preset (presets for it: "
            + (fitting.isEmpty ? "none" : fitting.joined(separator: ", ")) + ")",
          at: presetSetting.value.range)
        return
      }
      preset = named
    }
    if let preset { ruleName = preset.rule }
    guard let rule = WeightingCatalogue.rule(named: ruleName) else {
      let names = WeightingCatalogue.ruleAndPresetNames
      diagnostics.error(
        .unknownRule,
        "unknown weighting rule '\(ruleName)'\(Suggestion.didYouMean(ruleName, in: names)) "
          + "(rules and presets: \(names.joined(separator: ", ")))",
        at: declaration.rule.range)
      return
    }
    if rule.kind == .aggregator {
      checkAggregatorAlone(rule, written: written)
      return
    }
    if rule.kind == .pointRule {
      checkPointRuleAlone(rule, written: written)
      return
    }
    if written["points"] != nil {
      guard let points = checkPointComposition(of: rule, written: &written) else { return }
      pointWeighting = points
    }
    if written["combine"] != nil {
      guard let combined = checkCombination(of: rule, written: &written) else { return }
      aggregator = combined
      aggregatesScaledGradients = true
    }
    let owner = "weighting rule '\(declaration.rule.value)'"
    let validator = SettingValidator(
      owner: owner, descriptors: rule.settings, termNames: termNames)
    let typed = validator.validate(written, into: &diagnostics)
    guard requireImplemented(rule, at: declaration.rule.range) else { return }
    var settings = presetSettings(preset, rule: rule, validator: validator)
    settings.merge(typed) { _, override in override }
    let checked = typedWeighting(
      rule.name, CompletedSettings(settings, descriptors: rule.settings),
      sharesBoundary: preset?.sharesBoundaryWeight)
    if case .annealing(let annealing) = checked,
      annealing.shared.contains(where: { $0.contains(annealing.reference) })
    {
      let name =
        spec.terms.indices.contains(annealing.reference)
        ? spec.terms[annealing.reference].name.value : "the reference"
      diagnostics.error(
        .invalidValue,
        "reference term '\(name)' keeps its own fixed weight and cannot share one; list only "
          + "the other terms in `shared`",
        at: written["shared"]?.value.range ?? declaration.rule.range)
      return
    }
    weighting = checked
  }

  /// Reports `rule` when training does not run it yet (`rule-not-implemented`, at `range`);
  /// true when it is implemented.
  mutating func requireImplemented(_ rule: WeightingRuleDescriptor, at range: SourceRange) -> Bool {
    guard !rule.isImplemented else { return true }
    let implemented = WeightingCatalogue.rules.filter(\.isImplemented).map(\.name)
    diagnostics.error(
      .ruleNotImplemented,
      "weighting rule '\(rule.name)' (\(rule.source)) is not implemented yet; implemented: "
        + (implemented + WeightingCatalogue.presets.map(\.name)).joined(separator: ", "),
      at: range)
    return false
  }

  /// The preset's settings (or the rule's defaults) as typed values.
  private mutating func presetSettings(
    _ preset: WeightingPreset?, rule: WeightingRuleDescriptor, validator: SettingValidator
  ) -> [String: TypedSetting] {
    var settings: [String: TypedSetting] = [:]
    for descriptor in rule.settings {
      guard let value = preset?.settings[descriptor.key] ?? descriptor.defaultValue else {
        continue
      }
      let located = Located(
        value, at: spec.weighting?.rule.range ?? .point(.init(line: 1, column: 1)))
      if let typed = validator.typedValue(located, for: descriptor, into: &diagnostics) {
        settings[descriptor.key] = typed
      }
    }
    return settings
  }

  private func typedWeighting(
    _ rule: String, _ settings: CompletedSettings, sharesBoundary: Bool?
  ) -> CheckedWeighting {
    switch rule {
    case "annealing":
      var shared: [[Int]] = []
      if let group = settings.terms("shared"), group.count > 1 { shared = [group] }
      if sharesBoundary == true, settings.terms("shared")?.isEmpty ?? true {
        let boundary = spec.terms.indices.filter { index in
          let sampler = spec.samplers.first { $0.name.value == spec.terms[index].sampler.value }
          return sampler?.drawn?.region.value == .boundary
        }
        if boundary.count > 1 { shared = [boundary] }
      }
      return .annealing(
        CheckedWeighting.Annealing(
          reference: settings.terms("reference")?.first ?? defaultReferenceTerm,
          statistic: settings.choice("stat", as: CheckedWeighting.Statistic.self),
          ema: settings.number("ema"), every: settings.integer("every"),
          start: settings.integer("start"),
          parameters: settings.choice("params", as: CheckedWeighting.ParameterSubset.self),
          perLayerMean: settings.boolean("per_layer_mean"),
          weightedDenominator: settings.boolean("weighted_denominator"),
          shared: shared, epsilon: settings.number("epsilon")))
    case "grad_norm_balance":
      return .gradientNormBalancing(
        CheckedWeighting.GradientNormBalancing(
          ema: settings.number("ema"), every: settings.integer("every"),
          parameters: settings.choice("params", as: CheckedWeighting.ParameterSubset.self)))
    case "relobralo":
      return .relativeLossBalancing(
        CheckedWeighting.RelativeLossBalancing(
          alpha: settings.number("alpha"), temperature: settings.number("temperature"),
          expectedRho: settings.number("rho")))
    case "softadapt":
      return .softAdapt(CheckedWeighting.SoftAdapt(epsilon: settings.number("epsilon")))
    case "uncertainty":
      return .uncertainty(CheckedWeighting.Uncertainty(learningRate: settings.optionalNumber("lr")))
    case "gradnorm":
      return .gradNorm(
        CheckedWeighting.GradNorm(
          alpha: settings.number("alpha"), learningRate: settings.optionalNumber("lr"),
          layer: settings.choice("layer", as: CheckedWeighting.GradNormLayer.self)))
    case "ntk":
      return .ntk(
        CheckedWeighting.NTK(
          every: settings.integer("every"), batch: settings.integer("batch"),
          ema: settings.number("ema"),
          trace: settings.choice("trace", as: CheckedWeighting.NTKTrace.self),
          epsilon: settings.number("epsilon")))
    default:
      return .fixed
    }
  }

  /// The first term on an interior sampler, else the first term.
  private var defaultReferenceTerm: Int {
    spec.terms.firstIndex { term in
      spec.samplers.first { $0.name.value == term.sampler.value }?.drawn?.region.value == .interior
    } ?? 0
  }
}
