import LossrunSpec

/// A named bundle of a rule and its settings that matches a reference implementation.
///
/// A spec may write `rule: wang2021` (or `rule: annealing, preset: wang2021`) and override any
/// of the preset's settings next to it.
package struct WeightingPreset: Hashable, Sendable {
  /// The preset's name.
  package var name: String
  /// The rule it configures.
  package var rule: String
  /// The settings it fixes, by key.
  package var settings: [String: SettingValue]
  /// Whether every term on a boundary sampler shares one weight (the reference Helmholtz code
  /// sums the four edge losses under one λ); expanded into `shared` by the checker.
  package var sharesBoundaryWeight: Bool
  /// What it reproduces.
  package var summary: String

  /// Creates a preset.
  package init(
    name: String, rule: String, settings: [String: SettingValue], sharesBoundaryWeight: Bool,
    summary: String
  ) {
    self.name = name
    self.rule = rule
    self.settings = settings
    self.sharesBoundaryWeight = sharesBoundaryWeight
    self.summary = summary
  }
}
