import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// The prefix of an aggregator's settings written next to `combine`: `combine_c: 0.3`.
  static let combinedSettingPrefix = "combine_"

  /// Reports an aggregator that training would never use: L-BFGS optimizes the weighted loss
  /// (with `lbfgs_from`, the aggregator drives the steps before the switch).
  mutating func checkAggregatorOptimizer() {
    guard let aggregator, let optimizer = spec.training.optimizer, optimizer.value == .lbfgs
    else { return }
    diagnostics.error(
      .invalidComposition,
      "L-BFGS minimizes the weighted loss and never uses aggregator '\(aggregator.ruleName)'; "
        + "use adam or sgd (`lbfgs_from` switches to L-BFGS after the aggregated steps)",
      at: optimizer.range)
  }

  /// Checks an aggregator selected by name (`weighting: { rule: upgrad }`): the update is the
  /// aggregation of the raw per-term gradients, and the weights stay fixed.
  mutating func checkAggregatorAlone(_ rule: WeightingRuleDescriptor, written: [Setting]) {
    if let points = written["points"] {
      diagnostics.error(
        .invalidComposition,
        "'\(rule.name)' is an aggregator; per-point weights go with a scaling rule, which an "
          + "aggregator can then combine: `rule: fixed, points: ..., combine: \(rule.name)`",
        at: points.key.range)
      return
    }
    if let combine = written["combine"] {
      diagnostics.error(
        .invalidComposition,
        "'\(rule.name)' is an aggregator, and only a scaling rule's weights can be combined by "
          + "another aggregator; write the scaling rule first "
          + "(`rule: annealing, combine: \(rule.name)`) or drop `combine`",
        at: combine.key.range)
      return
    }
    if let prefixed = written.first(where: { $0.key.value.hasPrefix(Self.combinedSettingPrefix) }) {
      diagnostics.error(
        .invalidComposition,
        "'\(prefixed.key.value)' sets the aggregator of `combine`, but '\(rule.name)' combines "
          + "nothing: write '\(prefixed.key.value.dropFirst(Self.combinedSettingPrefix.count))' "
          + "instead",
        at: prefixed.key.range)
      return
    }
    let validator = SettingValidator(
      owner: "aggregator '\(rule.name)'", descriptors: rule.settings,
      termNames: spec.terms.map(\.name.value))
    let typed = validator.validate(written, into: &diagnostics)
    guard let checked = typedAggregator(rule, typed: typed, validator: validator) else { return }
    aggregator = checked
    weighting = .fixed
  }

  /// Checks `combine:` on the scaling rule `rule` and removes it and the aggregator's
  /// `combine_` settings from `written`; the aggregator, or nil after an error.
  mutating func checkCombination(of rule: WeightingRuleDescriptor, written: inout [Setting])
    -> CheckedAggregator?
  {
    guard let combine = written["combine"] else { return nil }
    let prefix = Self.combinedSettingPrefix
    let combinedSettings = written.filter { $0.key.value.hasPrefix(prefix) }.map { setting in
      Setting(
        key: Located(String(setting.key.value.dropFirst(prefix.count)), at: setting.key.range),
        value: setting.value)
    }
    written.removeAll { $0.key.value == "combine" || $0.key.value.hasPrefix(prefix) }
    let aggregators = WeightingCatalogue.rules.filter { $0.kind == .aggregator }.map(\.name)
    guard case .word(let name) = combine.value.value else {
      diagnostics.error(
        .invalidValue,
        "`combine` takes the name of an aggregator (\(aggregators.joined(separator: ", ")))",
        at: combine.value.range)
      return nil
    }
    guard let combined = WeightingCatalogue.rule(named: name) else {
      diagnostics.error(
        .unknownRule,
        "unknown aggregator '\(name)'\(Suggestion.didYouMean(name, in: aggregators)) "
          + "(aggregators: \(aggregators.joined(separator: ", ")))",
        at: combine.value.range)
      return nil
    }
    guard combined.kind == .aggregator else {
      diagnostics.error(
        .invalidComposition,
        "'\(name)' is a scaling rule, not an aggregator: it weights the losses and cannot "
          + "combine '\(rule.name)''s scaled gradients (aggregators: "
          + "\(aggregators.joined(separator: ", ")))",
        at: combine.value.range)
      return nil
    }
    guard combined.combinesScaledGradients else {
      diagnostics.error(
        .invalidComposition,
        "'\(name)' combines its own momenta of the raw gradients, not this step's scaled "
          + "gradients, so it cannot follow '\(rule.name)'; select it alone (`rule: \(name)`)",
        at: combine.value.range)
      return nil
    }
    let ownKeys = Set(rule.settings.map(\.key) + ["preset"])
    if let misplaced = written.first(where: { setting in
      !ownKeys.contains(setting.key.value)
        && combined.settings.contains { $0.key == setting.key.value }
    }) {
      let key = misplaced.key.value
      diagnostics.error(
        .invalidComposition,
        "'\(key)' is a setting of aggregator '\(name)', not of '\(rule.name)'; write it as "
          + "'\(prefix)\(key)' next to `combine`",
        at: misplaced.key.range)
      return nil
    }
    let validator = SettingValidator(
      owner: "aggregator '\(name)' (combine)", descriptors: combined.settings,
      termNames: spec.terms.map(\.name.value))
    let typed = validator.validate(combinedSettings, into: &diagnostics)
    return typedAggregator(combined, typed: typed, validator: validator)
  }

  /// The aggregator `rule` with the `typed` settings over its defaults; nil after an error.
  private mutating func typedAggregator(
    _ rule: WeightingRuleDescriptor, typed: [String: TypedSetting], validator: SettingValidator
  ) -> CheckedAggregator? {
    var values: [String: TypedSetting] = [:]
    for descriptor in rule.settings {
      guard let value = descriptor.defaultValue else { continue }
      let located = Located(
        value, at: spec.weighting?.rule.range ?? .point(.init(line: 1, column: 1)))
      values[descriptor.key] = validator.typedValue(located, for: descriptor, into: &diagnostics)
    }
    values.merge(typed) { _, written in written }
    let settings = CompletedSettings(values, descriptors: rule.settings)
    switch rule.name {
    case "pcgrad": return .pcgrad
    case "mgda": return .mgda
    case "cagrad":
      let rescale = settings.integer("rescale")
      guard rescale <= 2 else {
        diagnostics.error(
          .invalidValue, "cagrad's `rescale` is 0 (none), 1 (1/(1 + c²)) or 2 (1/(1 + c))",
          at: spec.weighting?.rule.range ?? .point(.init(line: 1, column: 1)))
        return nil
      }
      return .cagrad(c: settings.number("c"), rescale: rescale)
    case "upgrad", "dualproj":
      let cone = CheckedAggregator.DualCone(
        normalizationEpsilon: settings.number("norm_eps"),
        regularization: settings.number("reg_eps"))
      return rule.name == "upgrad" ? .upgrad(cone) : .dualproj(cone)
    case "config": return .config(cutoff: settings.number("cutoff"))
    case "imtlg": return .imtlg(cutoff: settings.number("cutoff"))
    case "mconfig":
      return .mconfig(
        CheckedAggregator.MomentumConFIG(
          beta1: settings.number("beta1"), beta2: settings.number("beta2"),
          normalizesBySecondMoment: settings.boolean("normalize"),
          cutoff: settings.number("cutoff")))
    default: return nil
    }
  }
}
