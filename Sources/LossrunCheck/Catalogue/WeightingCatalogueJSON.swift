import LossrunJSON
import LossrunSpec

/// The weighting catalogue (``WeightingCatalogue``) as JSON, for scripts: `lossrun rules --json`.
///
/// One object with `rules` and `presets`, in catalogue order. A rule has its name, kind, summary,
/// source, whether it is implemented, its cost per step, its needs (`fixed points`,
/// `time input`), whether an aggregator can `combine` scaled gradients, and its settings (key,
/// type, default or null, meaning). A preset has its name, rule, summary, the settings it fixes
/// and whether the boundary terms share one weight. The weighting study
/// (`scripts/weighting-study.py`) enumerates its runs from this.
package enum WeightingCatalogueJSON {
  /// The whole catalogue.
  package static var value: JSONValue {
    .object([
      ("rules", .array(WeightingCatalogue.rules.map(rule))),
      ("presets", .array(WeightingCatalogue.presets.map(preset))),
    ])
  }

  /// The entry of the rule or preset `name`, or nil when the catalogue has no such name.
  package static func entry(named name: String) -> JSONValue? {
    if let rule = WeightingCatalogue.rule(named: name) { return self.rule(rule) }
    if let preset = WeightingCatalogue.preset(named: name) { return self.preset(preset) }
    return nil
  }

  static func rule(_ rule: WeightingRuleDescriptor) -> JSONValue {
    .object([
      ("name", .string(rule.name)),
      ("kind", .string(rule.kind.rawValue)),
      ("summary", .string(rule.summary)),
      ("source", .string(rule.source)),
      ("implemented", .boolean(rule.isImplemented)),
      ("cost", .string(rule.cost)),
      ("needs", .array(rule.needs.words.map(JSONValue.string))),
      ("combines_scaled_gradients", .boolean(rule.combinesScaledGradients)),
      ("settings", .array(rule.settings.map(setting))),
    ])
  }

  static func preset(_ preset: WeightingPreset) -> JSONValue {
    .object([
      ("name", .string(preset.name)),
      ("rule", .string(preset.rule)),
      ("summary", .string(preset.summary)),
      (
        "settings",
        .object(preset.settings.keys.sorted().map { ($0, value(preset.settings[$0]!)) })
      ),
      ("shares_boundary_weight", .boolean(preset.sharesBoundaryWeight)),
    ])
  }

  static func setting(_ setting: SettingDescriptor) -> JSONValue {
    .object([
      ("key", .string(setting.key)),
      ("type", .string(setting.kind.description)),
      ("default", setting.defaultValue.map(value) ?? .null),
      ("summary", .string(setting.summary)),
    ])
  }

  /// A setting value as JSON: a whole number as an integer, a list as an array.
  static func value(_ value: SettingValue) -> JSONValue {
    switch value {
    case .number(let number):
      number.wholeNumber.map { JSONValue.integer($0) } ?? .number(number)
    case .bool(let flag): .boolean(flag)
    case .word(let word): .string(word)
    case .list(let items): .array(items.map { self.value($0.value) })
    }
  }
}
