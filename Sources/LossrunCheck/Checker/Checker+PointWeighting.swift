import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// The prefix of a per-point rule's settings written next to `points`: `points_epsilon: 1`.
  static let pointSettingPrefix = "points_"

  /// Checks a per-point rule selected by name (`weighting: { rule: causal }`): the term weights
  /// stay fixed and the rule weights the points of its terms.
  mutating func checkPointRuleAlone(_ rule: WeightingRuleDescriptor, written: [Setting]) {
    guard let declaration = spec.weighting else { return }
    for key in ["points", "combine"] {
      guard let setting = written[key] else { continue }
      diagnostics.error(
        .invalidComposition,
        "'\(rule.name)' is a per-point rule; `\(key)` composes a scaling rule with another rule, "
          + "so write the scaling rule first (`rule: fixed, points: \(rule.name)`)",
        at: setting.key.range)
      return
    }
    if let prefixed = written.first(where: { $0.key.value.hasPrefix(Self.pointSettingPrefix) }) {
      diagnostics.error(
        .invalidComposition,
        "'\(prefixed.key.value)' sets the per-point rule of `points`, but '\(rule.name)' is "
          + "selected alone: write '\(prefixed.key.value.dropFirst(Self.pointSettingPrefix.count))' "
          + "instead",
        at: prefixed.key.range)
      return
    }
    guard
      let checked = typedPointRule(
        rule, written: written, owner: "per-point rule '\(rule.name)'",
        at: declaration.rule.range)
    else { return }
    pointWeighting = checked
    weighting = .fixed
  }

  /// Checks `points:` on the scaling rule `rule` and removes it and the per-point rule's
  /// `points_` settings from `written`; the per-point rule, or nil after an error.
  mutating func checkPointComposition(of rule: WeightingRuleDescriptor, written: inout [Setting])
    -> CheckedPointWeighting?
  {
    guard let points = written["points"] else { return nil }
    let prefix = Self.pointSettingPrefix
    let pointSettings = written.filter { $0.key.value.hasPrefix(prefix) }.map { setting in
      Setting(
        key: Located(String(setting.key.value.dropFirst(prefix.count)), at: setting.key.range),
        value: setting.value)
    }
    written.removeAll { $0.key.value == "points" || $0.key.value.hasPrefix(prefix) }
    let pointRules = WeightingCatalogue.rules.filter { $0.kind == .pointRule }.map(\.name)
    let list = pointRules.joined(separator: ", ")
    guard case .word(let name) = points.value.value else {
      diagnostics.error(
        .invalidValue, "`points` takes the name of a per-point rule (\(list))",
        at: points.value.range)
      return nil
    }
    guard let pointRule = WeightingCatalogue.rule(named: name) else {
      diagnostics.error(
        .unknownRule,
        "unknown per-point rule '\(name)'\(Suggestion.didYouMean(name, in: pointRules)) "
          + "(per-point rules: \(list))",
        at: points.value.range)
      return nil
    }
    guard pointRule.kind == .pointRule else {
      diagnostics.error(
        .invalidComposition,
        "'\(name)' is a \(pointRule.kind.rawValue), not a per-point rule: `points` weights the "
          + "points within '\(rule.name)''s terms (per-point rules: \(list))",
        at: points.value.range)
      return nil
    }
    let ownKeys = Set(rule.settings.map(\.key) + ["preset", "combine"])
    if let misplaced = written.first(where: { setting in
      !ownKeys.contains(setting.key.value)
        && pointRule.settings.contains { $0.key == setting.key.value }
    }) {
      let key = misplaced.key.value
      diagnostics.error(
        .invalidComposition,
        "'\(key)' is a setting of per-point rule '\(name)', not of '\(rule.name)'; write it as "
          + "'\(prefix)\(key)' next to `points`",
        at: misplaced.key.range)
      return nil
    }
    return typedPointRule(
      pointRule, written: pointSettings, owner: "per-point rule '\(name)' (points)",
      at: points.value.range)
  }

  /// The per-point rule `rule` with the `written` settings over its defaults, its needs
  /// checked (located at `range`, where the rule is named); nil after an error.
  private mutating func typedPointRule(
    _ rule: WeightingRuleDescriptor, written: [Setting], owner: String, at range: SourceRange
  ) -> CheckedPointWeighting? {
    let validator = SettingValidator(
      owner: owner, descriptors: rule.settings, termNames: spec.terms.map(\.name.value))
    var values: [String: TypedSetting] = [:]
    for descriptor in rule.settings {
      guard let value = descriptor.defaultValue else { continue }
      values[descriptor.key] = validator.typedValue(
        Located(value, at: range), for: descriptor, into: &diagnostics)
    }
    let errorsBefore = diagnostics.errorCount
    values.merge(validator.validate(written, into: &diagnostics)) { _, written in written }
    guard diagnostics.errorCount == errorsBefore else { return nil }
    let settings = CompletedSettings(values, descriptors: rule.settings)
    let terms = (settings.terms("terms") ?? interiorTerms).sorted()
    guard !terms.isEmpty else {
      diagnostics.error(
        .invalidValue,
        "'\(rule.name)' weights the points of the terms on interior samplers, and there are "
          + "none; list the terms in `terms`",
        at: range)
      return nil
    }
    guard checkNeeds(of: rule, terms: terms, at: range) else { return nil }
    switch rule.name {
    case "causal":
      let chunks = settings.integer("chunks")
      let inputCount = spec.inputs.count
      let fewest = terms.compactMap { self.terms[$0].flatMap { samplers[$0.sampler] } }.min {
        $0.pointCount(inputs: inputCount) < $1.pointCount(inputs: inputCount)
      }
      if let fewest, fewest.pointCount(inputs: inputCount) < chunks {
        diagnostics.error(
          .invalidValue,
          "causal weighting splits each term's points into \(chunks) time chunks, but sampler "
            + "'\(fewest.name)' has only \(fewest.pointCount(inputs: inputCount)) points; use at most that many chunks",
          at: written["chunks"]?.value.range ?? range)
        return nil
      }
      return .causal(
        CheckedPointWeighting.Causal(
          terms: terms, timeInput: inputs.firstIndex(where: \.isTime) ?? 0,
          epsilon: settings.number("epsilon"), chunks: chunks,
          epsilonMaximum: settings.optionalNumber("epsilon_max"),
          growth: settings.number("growth"), tolerance: settings.number("tol")))
    case "rba":
      return .rba(
        CheckedPointWeighting.ResidualAttention(
          terms: terms, gamma: settings.number("gamma"), eta: settings.number("eta"),
          initial: settings.number("initial")))
    case "self_adaptive":
      return .selfAdaptive(
        CheckedPointWeighting.SelfAdaptive(
          terms: terms, mask: settings.choice("mask", as: CheckedPointWeighting.Mask.self),
          learningRate: settings.number("lr"), initial: settings.number("initial")))
    default:
      return nil
    }
  }

  /// Reports what `rule` needs and the spec lacks: a time input, or fixed points on the samplers
  /// of `terms` (a note points at each resampling sampler). True when nothing is missing.
  private mutating func checkNeeds(
    of rule: WeightingRuleDescriptor, terms: [Int], at range: SourceRange
  ) -> Bool {
    if rule.needs.contains(.timeInput), !inputs.contains(where: \.isTime) {
      diagnostics.error(
        .ruleNeedsTimeInput,
        "'\(rule.name)' orders the points of its terms by time, but the spec has no time input "
          + "(an input named 't', or one named by `time:`)",
        at: range)
      return false
    }
    // Every per-point rule keeps one weight or order per point, for a fixed number of points.
    let checkedTerms = self.terms
    let checkedSamplers = self.samplers
    let growing = terms.compactMap { index -> (term: String, sampler: CheckedSampler)? in
      guard let term = checkedTerms[index], let sampler = checkedSamplers[term.sampler],
        case .rar = sampler.adaptation?.method
      else { return nil }
      return (term.name, sampler)
    }.first
    if let growing {
      diagnostics.error(
        .ruleNeedsFixedPoints,
        "'\(rule.name)' weights each point of its terms, but term '\(growing.term)' is on "
          + "sampler '\(growing.sampler.name)', which adds points (`adapt: rar`); use rad or r3, "
          + "or another weighting",
        at: range,
        notes: [
          Diagnostic.Note("sampler '\(growing.sampler.name)' adapts", at: growing.sampler.range)
        ])
      return false
    }
    guard rule.needs.contains(.fixedPoints) else { return true }
    let resampled = terms.compactMap { index -> (term: String, sampler: CheckedSampler)? in
      guard let term = self.terms[index], let sampler = samplers[term.sampler],
        sampler.refreshEvery != 0 || sampler.adaptation != nil
      else { return nil }
      return (term.name, sampler)
    }
    guard let first = resampled.first else { return true }
    let moves =
      first.sampler.adaptation != nil
      ? "which adapts its points (`adapt`); remove `adapt` from the sampler"
      : "which draws new points every \(first.sampler.refreshEvery) step(s); give the sampler "
        + "`resample: 0` (or, for a file, leave `batch` out)"
    diagnostics.error(
      .ruleNeedsFixedPoints,
      "'\(rule.name)' keeps a weight per point, but term '\(first.term)' is on sampler "
        + "'\(first.sampler.name)', \(moves)",
      at: range,
      notes: resampled.map {
        Diagnostic.Note(
          "sampler '\($0.sampler.name)' \($0.sampler.adaptation != nil ? "adapts" : "resamples")",
          at: $0.sampler.range)
      })
    return false
  }

  /// The terms on interior samplers, in term order.
  private var interiorTerms: [Int] {
    terms.indices.filter { index in
      guard let term = terms[index], let sampler = samplers[term.sampler] else { return false }
      return sampler.region == .interior
    }
  }
}
