/// A weighting rule in the catalogue: its name, settings, source and whether training implements
/// it yet.
package struct WeightingRuleDescriptor: Hashable, Sendable {
  /// The name a spec writes after `rule:`.
  package var name: String
  /// One line on what the rule does.
  package var summary: String
  /// Where the rule comes from.
  package var source: String
  /// The settings it accepts.
  package var settings: [SettingDescriptor]
  /// Whether training implements it; a spec naming a rule that is not implemented is an error.
  package var isImplemented: Bool

  /// Creates a descriptor.
  package init(
    name: String, summary: String, source: String, settings: [SettingDescriptor],
    isImplemented: Bool
  ) {
    self.name = name
    self.summary = summary
    self.source = source
    self.settings = settings
    self.isImplemented = isImplemented
  }
}
