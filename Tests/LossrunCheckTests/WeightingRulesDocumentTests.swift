import Foundation
import LossrunTestSupport
import Testing

@testable import LossrunCheck

/// `docs/weighting-rules.md` is the generator's output; `LOSSRUN_WRITE_DOCS=1` rewrites it.
@Suite struct WeightingRulesDocumentTests {
  @Test func thePageIsUpToDate() throws {
    try GeneratedDocument.expectUpToDate(
      WeightingRulesDocument.path, generated: WeightingRulesDocument.markdown,
      suite: "WeightingRulesDocumentTests")
  }

  @Test func everyRuleHasACost() {
    for rule in WeightingCatalogue.rules {
      #expect(WeightingCatalogue.costs[rule.name] != nil, "\(rule.name) has no cost entry")
    }
  }

  @Test func thePageAndTheListingNameEveryRuleAndPreset() {
    let page = WeightingRulesDocument.markdown
    let listing = WeightingRulesDocument.listing
    for name in WeightingCatalogue.ruleAndPresetNames {
      #expect(page.contains("### `\(name)`"), "\(name)")
      #expect(listing.contains("  \(name) "), "\(name)")
      #expect(WeightingRulesDocument.detail(named: name) != nil, "\(name)")
    }
    #expect(WeightingRulesDocument.detail(named: "no-such-rule") == nil)
  }

  @Test func aRulesDetailShowsSettingsWithTypesDefaultsCostAndNeeds() throws {
    let annealing = try #require(WeightingRulesDocument.detail(named: "annealing"))
    #expect(annealing.contains("| `stat` | one of max, mean | `mean` |"))
    #expect(annealing.contains("| `every` | a whole number ≥ 1 | `10` |"))
    #expect(annealing.contains("| `reference` | the name of a term | from the spec |"))
    #expect(annealing.contains("- Cost per step: a per-term pass"))
    #expect(annealing.contains("- Needs: nothing beyond its terms"))
    #expect(annealing.contains("- Implemented: yes"))
    let causal = try #require(WeightingRulesDocument.detail(named: "causal"))
    #expect(causal.contains("- Needs: time input"))
    let preset = try #require(WeightingRulesDocument.detail(named: "wang2021"))
    #expect(preset.contains("- Rule: `annealing`"))
    #expect(preset.contains("- `stat`: `max`"))
  }
}
