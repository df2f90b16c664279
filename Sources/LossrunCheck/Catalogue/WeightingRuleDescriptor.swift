/// A weighting rule in the catalogue: its name, settings, source and whether training implements
/// it yet.
public struct WeightingRuleDescriptor: Hashable, Sendable {
  /// The name a spec writes after `rule:`.
  public var name: String
  /// One line on what the rule does.
  public var summary: String
  /// Where the rule comes from.
  public var source: String
  /// The settings it accepts.
  public var settings: [SettingDescriptor]
  /// Whether training implements it; a spec naming a rule that is not implemented is an error.
  public var isImplemented: Bool

  /// Creates a descriptor.
  public init(
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
