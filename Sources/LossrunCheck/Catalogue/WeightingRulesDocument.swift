import LossrunSpec

/// Describes the weighting catalogue (``WeightingCatalogue``) in words: the listing and the
/// per-rule text `lossrun rules` prints, and the page `docs/weighting-rules.md`.
///
/// Everything is generated from whatever rules and presets the catalogue holds;
/// `WeightingRulesDocumentTests` fails when the committed page differs from ``markdown`` (run the
/// tests with `LOSSRUN_WRITE_DOCS=1` to rewrite it).
package enum WeightingRulesDocument {
  /// The page's path relative to the package root.
  package static let path = "docs/weighting-rules.md"

  /// The page: a table of every rule and preset, then each in full.
  package static var markdown: String {
    var lines = [
      "# Weighting rules",
      "",
      "<!-- Generated from the weighting catalogue (Sources/LossrunCheck/Catalogue); do not edit.",
      "     Run `LOSSRUN_WRITE_DOCS=1 swift test --filter WeightingRulesDocumentTests` to rewrite. -->",
      "",
      "A spec picks one with `weighting: { rule: NAME, ... }`; `lossrun rules` lists the same",
      "catalogue and `lossrun rules NAME` shows one entry. \"Per-term pass\" is one backward pass",
      "per term instead of one summed pass; \"the Gramian\" is the m×m matrix of inner products",
      "of the m term gradients.",
      "",
      "| name | kind | implemented | cost per step | needs |",
      "| --- | --- | --- | --- | --- |",
    ]
    for rule in WeightingCatalogue.rules {
      lines.append(
        "| `\(rule.name)` | \(rule.kind.rawValue) | \(rule.isImplemented ? "yes" : "no") | \(cell(rule.cost)) | "
          + "\(needsText(rule.needs)) |")
    }
    for preset in WeightingCatalogue.presets {
      let rule = WeightingCatalogue.rule(named: preset.rule)
      lines.append(
        "| `\(preset.name)` | preset of `\(preset.rule)` | "
          + "\(rule?.isImplemented == true ? "yes" : "no") | \(cell(rule?.cost ?? "unknown")) | "
          + "\(needsText(rule?.needs ?? [])) |")
    }
    lines += ["", "## Rules", ""]
    for rule in WeightingCatalogue.rules { lines += section(rule) + [""] }
    lines += ["## Presets", ""]
    for preset in WeightingCatalogue.presets { lines += section(preset) + [""] }
    return lines.joined(separator: "\n")
  }

  /// The short listing `lossrun rules` prints: one line per rule, then per preset.
  package static var listing: String {
    let width = WeightingCatalogue.ruleAndPresetNames.map(\.count).max() ?? 0
    func padded(_ name: String) -> String {
      name + String(repeating: " ", count: width - name.count)
    }
    var lines = ["Rules (`lossrun rules NAME` shows one in full):"]
    for rule in WeightingCatalogue.rules {
      let state = rule.isImplemented ? "" : " (not implemented yet)"
      lines.append("  \(padded(rule.name))  \(rule.summary)\(state)")
    }
    lines.append("Presets:")
    for preset in WeightingCatalogue.presets {
      lines.append("  \(padded(preset.name))  \(preset.rule): \(preset.summary)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The full text of the rule or preset `name` (its section of the page), or nil when the
  /// catalogue has no such name.
  package static func detail(named name: String) -> String? {
    if let rule = WeightingCatalogue.rule(named: name) {
      return section(rule).joined(separator: "\n") + "\n"
    }
    if let preset = WeightingCatalogue.preset(named: name) {
      return section(preset).joined(separator: "\n") + "\n"
    }
    return nil
  }

  /// A rule's section: summary, source, state, cost, needs and settings.
  static func section(_ rule: WeightingRuleDescriptor) -> [String] {
    var lines = [
      "### `\(rule.name)`",
      "",
      rule.summary,
      "",
      "- Kind: \(rule.kind.rawValue)",
      "- Source: \(rule.source)",
      "- Implemented: \(rule.isImplemented ? "yes" : "no (a spec naming it is an error)")",
      "- Cost per step: \(rule.cost)",
      "- Needs: \(needsText(rule.needs))",
    ]
    guard !rule.settings.isEmpty else { return lines + ["- Settings: none"] }
    lines += [
      "- Settings:", "", "| setting | type | default | meaning |", "| --- | --- | --- | --- |",
    ]
    for setting in rule.settings {
      let value = setting.defaultValue.map { "`\(text($0))`" } ?? "from the spec"
      lines.append(
        "| `\(setting.key)` | \(cell(setting.kind.description)) | \(cell(value)) | "
          + "\(cell(setting.summary)) |")
    }
    return lines
  }

  /// A preset's section: what it reproduces, its rule and the settings it fixes.
  static func section(_ preset: WeightingPreset) -> [String] {
    var lines = [
      "### `\(preset.name)`",
      "",
      preset.summary,
      "",
      "- Rule: `\(preset.rule)` (every other setting keeps the rule's default; a spec may "
        + "override any of these next to `rule:`)",
    ]
    for key in preset.settings.keys.sorted() {
      lines.append("- `\(key)`: `\(text(preset.settings[key]!))`")
    }
    if preset.sharesBoundaryWeight {
      lines.append("- Every term on a boundary sampler shares one weight (`shared`).")
    }
    return lines
  }

  /// `text` escaped for a Markdown table cell (`|` would end the cell).
  static func cell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }

  /// Needs as words, or "nothing beyond its terms".
  static func needsText(_ needs: WeightingRuleNeeds) -> String {
    needs.isEmpty ? "nothing beyond its terms" : needs.words.joined(separator: ", ")
  }

  /// A setting value as a spec writes it.
  static func text(_ value: SettingValue) -> String {
    switch value {
    case .number(let number):
      number.wholeNumber.map(String.init) ?? "\(number)"
    case .bool(let flag): flag ? "true" : "false"
    case .word(let word): word
    case .list(let items): "[" + items.map { text($0.value) }.joined(separator: ", ") + "]"
    }
  }
}
